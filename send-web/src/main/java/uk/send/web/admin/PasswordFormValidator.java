package uk.send.web.admin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.send.domain.access.AccountService;

/**
 * Checks a new password against the password policy, before the domain does, so that every problem
 * appears on the page at once. The policy needs the account's email address, which the form does not
 * carry, so this is called with it rather than through Spring's {@code Validator}.
 */
@Component
class PasswordFormValidator {

    private final AccountService accounts;

    PasswordFormValidator(AccountService accounts) {
        this.accounts = accounts;
    }

    void validate(PasswordForm form, String email, Errors errors) {
        checkPassword(errors, "newPassword", form.newPassword(), email);
    }

    /** A password is required; each policy problem becomes an error on {@code field}. */
    void checkPassword(Errors errors, String field, String password, String email) {
        if (password == null || password.isEmpty()) {
            errors.rejectValue(field, "admin.password.required");
            return;
        }
        accounts.checkPasswordProblems(password, email == null ? "" : email.trim())
                .forEach(problem -> errors.rejectValue(field, problem.messageKey()));
    }
}
