package uk.send.web.account;

import uk.send.web.support.Parsed;

/**
 * The password chosen through an emailed link, and the link's token (a hidden field). Neither is ever shown
 * back: a page with errors starts the password empty.
 */
record NewPasswordForm(@Parsed String token, @Parsed String newPassword) {

    @Override
    public String toString() {
        return "NewPasswordForm[]";
    }
}
