package uk.send.web.admin;

import uk.send.web.support.Parsed;

/** The "set a new password" form. Never shown back to the page: a page with errors starts it empty. */
record PasswordForm(@Parsed String newPassword) {

    static PasswordForm empty() {
        return new PasswordForm("");
    }

    @Override
    public String toString() {
        return "PasswordForm[]";
    }
}
