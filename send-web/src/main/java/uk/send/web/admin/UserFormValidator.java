package uk.send.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.send.web.support.KnownIds;

/** Checks the "add a user" form: email, name, role and scope, and the password against the policy. */
@Component
class UserFormValidator implements Validator {

    private final PasswordFormValidator passwords;
    private final KnownIds known;

    UserFormValidator(PasswordFormValidator passwords, KnownIds known) {
        this.passwords = passwords;
        this.known = known;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UserForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        UserForm form = (UserForm) target;
        Text.required(errors, "email", form.email(), "admin.users.email.required");
        Text.optionalEmail(errors, "email", form.email());
        ScopedAccountForm.validateNameRoleAndScope(form, errors, known);
        if (form.role() == uk.send.domain.access.Role.YOUNG_PERSON) {
            errors.rejectValue("role", "admin.users.role.youngPerson");
        }
        passwords.checkPassword(errors, "password", form.password(), form.email());
    }
}
