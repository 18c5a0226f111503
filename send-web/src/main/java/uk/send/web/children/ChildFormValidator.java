package uk.send.web.children;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;
import uk.send.web.admin.CarerFormValidator;
import uk.send.web.admin.Text;
import uk.send.web.support.DateFields;
import uk.send.web.support.KnownIds;

/**
 * Checks a new child: names; a real date of birth, not in the future, of someone the service covers (under
 * 26); the UPN with its check letter and the NHS number with its check digit, when given; a UK postcode; a
 * footprint and setting from their lists; and each parent or carer (names, relationship, parental
 * responsibility, and at least one way to reach them).
 */
@Component
class ChildFormValidator {

    /** The service covers children and young people up to their 26th birthday. */
    static final int OLDEST_AGE = 25;
    private static final Pattern UPN_SHAPE = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final Pattern TEN_DIGITS = Pattern.compile("[0-9]{10}");

    private final Clock clock;
    private final KnownIds knownIds;

    ChildFormValidator(Clock clock, KnownIds knownIds) {
        this.clock = clock;
        this.knownIds = knownIds;
    }

    void validate(ChildForm form, Errors errors) {
        validateChild(form, true, errors);
        carer(form.firstCarer(), errors);
        if (!form.secondCarer().isBlank()) {
            carer(form.secondCarer(), errors);
        }
    }

    /** Who the child is and where they live; the postcode may be left blank only where it is not required. */
    void validateChild(ChildFields form, boolean postcodeRequired, Errors errors) {
        Text.required(errors, "givenName", form.givenName(), "newChild.givenName.required");
        Text.required(errors, "familyName", form.familyName(), "newChild.familyName.required");
        dateOfBirth(form, errors);
        upn(form.upn(), errors);
        nhsNumber(form.nhsNumber(), errors);
        if (Text.isBlank(form.homePostcode())) {
            if (postcodeRequired) {
                Text.reject(errors, "homePostcode", "newChild.homePostcode.required");
            }
        } else if (!Postcode.isValid(form.homePostcode())) {
            Text.reject(errors, "homePostcode", "newChild.homePostcode.invalid");
        }
        if (form.footprintId() != null && !knownIds.isFootprint(form.footprintId())) {
            Text.reject(errors, "footprintId", "newChild.footprintId.unknown");
        }
        if (form.settingId() != null && !knownIds.isSetting(form.settingId())) {
            Text.reject(errors, "settingId", "newChild.settingId.unknown");
        }
    }

    private void dateOfBirth(ChildFields form, Errors errors) {
        if (errors.hasFieldErrors("day")) {
            return;
        }
        if (Text.isBlank(form.day()) && Text.isBlank(form.month()) && Text.isBlank(form.year())) {
            errors.rejectValue("day", "newChild.dateOfBirth.required");
            return;
        }
        Optional<LocalDate> born = DateFields.parse(form.day(), form.month(), form.year());
        LocalDate today = LocalDate.now(clock);
        if (born.isEmpty()) {
            errors.rejectValue("day", "newChild.dateOfBirth.invalid");
        } else if (born.get().isAfter(today)) {
            errors.rejectValue("day", "newChild.dateOfBirth.future");
        } else if (!born.get().plusYears(OLDEST_AGE + 1L).isAfter(today)) {
            errors.rejectValue("day", "newChild.dateOfBirth.tooOld", new Object[] {OLDEST_AGE}, null);
        }
    }

    private static void upn(String upn, Errors errors) {
        if (Text.isBlank(upn) || errors.hasFieldErrors("upn") || Upn.isValid(upn)) {
            return;
        }
        String typed = upn.strip().toUpperCase(java.util.Locale.ROOT);
        errors.rejectValue("upn", UPN_SHAPE.matcher(typed).matches() ? "newChild.upn.checkLetter" : "newChild.upn.invalid");
    }

    private static void nhsNumber(String nhsNumber, Errors errors) {
        if (Text.isBlank(nhsNumber) || errors.hasFieldErrors("nhsNumber") || NhsNumber.isValid(nhsNumber)) {
            return;
        }
        String digits = nhsNumber.strip().replaceAll("\\s", "");
        errors.rejectValue("nhsNumber", TEN_DIGITS.matcher(digits).matches()
                ? "newChild.nhsNumber.checkDigit" : "newChild.nhsNumber.invalid");
    }

    private static void carer(ChildForm.CarerFields carer, Errors errors) {
        Text.required(errors, carer.field("givenName"), carer.givenName(), "admin.children.carer.givenName.required");
        Text.required(errors, carer.field("familyName"), carer.familyName(), "admin.children.carer.familyName.required");
        if (carer.relationship() == null) {
            Text.reject(errors, carer.field("relationship"), "admin.children.carer.relationship.required");
        }
        if (carer.parentalResponsibility() == null) {
            Text.reject(errors, carer.field("parentalResponsibility"), "admin.children.carer.parentalResponsibility.required");
        }
        if (!Text.isBlank(carer.phone()) && !CarerFormValidator.PHONE.matcher(carer.phone().strip()).matches()) {
            Text.reject(errors, carer.field("phone"), "admin.children.carer.phone.invalid");
        }
        Text.optionalEmail(errors, carer.field("email"), carer.email());
        if (Text.isBlank(carer.phone()) && Text.isBlank(carer.email()) && Text.isBlank(carer.address())) {
            Text.reject(errors, carer.field("phone"), "newChild.carer.contact.required");
        }
    }
}
