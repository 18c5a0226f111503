package uk.send.web.admin;

/** The "set a new password" form. Never shown back to the page: a page with errors starts it empty. */
record PasswordForm(String newPassword) {

    static PasswordForm empty() {
        return new PasswordForm("");
    }

    @Override
    public String toString() {
        return "PasswordForm[]";
    }
}
