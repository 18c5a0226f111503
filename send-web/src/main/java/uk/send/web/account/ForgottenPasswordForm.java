package uk.send.web.account;

import uk.send.web.admin.Text;
import uk.send.web.support.TextInput;

/** "Forgotten your password?": the account's email address. */
record ForgottenPasswordForm(@TextInput(max = Text.EMAIL_MAX) String email) {

    static ForgottenPasswordForm empty() {
        return new ForgottenPasswordForm("");
    }
}
