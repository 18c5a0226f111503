package uk.send.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.send.web.support.KnownIds;

/** Checks the "change a user" form: name, role and the scope the role needs. */
@Component
class UserChangesFormValidator implements Validator {

    private final KnownIds known;

    UserChangesFormValidator(KnownIds known) {
        this.known = known;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UserChangesForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        ScopedAccountForm.validateNameRoleAndScope((UserChangesForm) target, errors, known);
    }
}
