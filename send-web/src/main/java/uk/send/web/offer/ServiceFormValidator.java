package uk.send.web.offer;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.domain.access.Viewer;
import uk.send.web.support.KnownIds;

/**
 * What an entry needs: a provider from the list, a name, what it is, who it is for, how to get it, a category,
 * a way in, a cost and an age range within 0 to 25; a footprint, when chosen, from the list; a web address
 * starting https:// or http://, an email address that looks like one. One error per field. A registered provider
 * chooses only among its own organisations.
 */
@Component
class ServiceFormValidator implements Validator {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s]+\\.[^\\s]+");

    private final LocalOffer offer;
    private final KnownIds known;

    ServiceFormValidator(LocalOffer offer, KnownIds known) {
        this.offer = offer;
        this.known = known;
    }

    @Override
    public boolean supports(Class<?> type) {
        return ServiceForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        validate((ServiceForm) target, errors, null);
    }

    /** The form as {@code viewer} may send it: the organisation one the viewer keeps entries for. */
    void validate(ServiceForm form, Errors errors, Viewer viewer) {
        if (form.organizationId() == null) {
            reject(errors, "organizationId", "offer.form.organizationId.required");
        } else if (viewer == null ? !offer.isOrganization(form.organizationId())
                : !offer.isOrganizationFor(viewer, form.organizationId())) {
            reject(errors, "organizationId", "offer.form.organizationId.unknown");
        }
        required(errors, "name", form.name());
        required(errors, "description", form.description());
        required(errors, "whoFor", form.whoFor());
        required(errors, "howToAccess", form.howToAccess());
        if (form.category() == null) {
            reject(errors, "category", "offer.form.category.required");
        }
        if (form.access() == null) {
            reject(errors, "access", "offer.form.access.required");
        }
        if (form.cost() == null) {
            reject(errors, "cost", "offer.form.cost.required");
        }
        ages(form, errors);
        if (form.footprintId() != null && !known.isFootprint(form.footprintId())) {
            reject(errors, "footprintId", "offer.form.footprintId.unknown");
        }
        if (form.needs() != null && form.needs().contains(null)) {
            reject(errors, "needs", "typeMismatch");
        }
        if (!blank(form.email()) && !EMAIL.matcher(form.email().strip()).matches()) {
            reject(errors, "email", "offer.form.email.invalid");
        }
        if (!blank(form.url()) && !WEB.matcher(form.url().strip()).matches()) {
            reject(errors, "url", "offer.form.url.invalid");
        }
    }

    private static void ages(ServiceForm form, Errors errors) {
        if (form.minAge() == null) {
            reject(errors, "minAge", "offer.form.minAge.required");
        } else if (form.minAge() < ServiceDetails.YOUNGEST || form.minAge() > ServiceDetails.OLDEST) {
            reject(errors, "minAge", "offer.form.age.range");
        }
        if (form.maxAge() == null) {
            reject(errors, "maxAge", "offer.form.maxAge.required");
        } else if (form.maxAge() < ServiceDetails.YOUNGEST || form.maxAge() > ServiceDetails.OLDEST) {
            reject(errors, "maxAge", "offer.form.age.range");
        } else if (form.minAge() != null && !errors.hasFieldErrors("minAge") && form.maxAge() < form.minAge()) {
            reject(errors, "maxAge", "offer.form.maxAge.beforeMin");
        }
    }

    private static void required(Errors errors, String field, String value) {
        if (blank(value)) {
            reject(errors, field, "offer.form." + field + ".required");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static void reject(Errors errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }
}
