package uk.send.web.admin;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.send.domain.children.ChildRecord;

/**
 * Checks a new parent or carer: names, relationship and parental responsibility required; email and
 * phone well-formed when given; an account, when chosen, a parent's not yet linked to this child. Takes
 * the child's record, which Spring's {@code Validator} cannot.
 */
@Component
public class CarerFormValidator {

    public static final int NAME_MAX = 100;
    public static final int PHONE_MAX = 30;
    public static final int ADDRESS_MAX = 500;
    public static final Pattern PHONE = Pattern.compile("[0-9 +()\\-]+");

    private final ParentAccounts parentAccounts;

    CarerFormValidator(ParentAccounts parentAccounts) {
        this.parentAccounts = parentAccounts;
    }

    void validate(CarerForm form, ChildRecord child, Errors errors) {
        Text.required(errors, "givenName", form.givenName(), "admin.children.carer.givenName.required");
        Text.required(errors, "familyName", form.familyName(), "admin.children.carer.familyName.required");
        if (form.relationship() == null) {
            Text.reject(errors, "relationship", "admin.children.carer.relationship.required");
        }
        if (form.parentalResponsibility() == null) {
            Text.reject(errors, "parentalResponsibility", "admin.children.carer.parentalResponsibility.required");
        }
        Text.optionalEmail(errors, "email", form.email());
        if (!Text.isBlank(form.phone()) && !PHONE.matcher(form.phone().trim()).matches()) {
            Text.reject(errors, "phone", "admin.children.carer.phone.invalid");
        }
        if (!errors.hasFieldErrors("accountId")) {
            parentAccounts.check(errors, "accountId", form.accountId(), child, null);
        }
    }
}
