package uk.send.domain.access;

/** Another account already signs in with this email address. */
public class EmailInUseException extends RuntimeException {
    public EmailInUseException() {
        super("An account with this email address already exists");
    }
}
