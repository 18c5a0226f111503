package uk.send.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks the "add a user" form: email, name, role and scope, and the password against the policy. */
@Component
class UserFormValidator implements Validator {

    private final PasswordFormValidator passwords;

    UserFormValidator(PasswordFormValidator passwords) {
        this.passwords = passwords;
    }

    @Override
    public boolean supports(Class<?> type) {
        return UserForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        UserForm form = (UserForm) target;
        if (Text.isBlank(form.email())) {
            errors.rejectValue("email", "admin.users.email.required");
        } else {
            Text.optionalEmail(errors, "email", form.email());
        }
        ScopedAccountForm.validateNameRoleAndScope(form, errors);
        passwords.checkPassword(errors, "password", form.password(), form.email());
    }
}
