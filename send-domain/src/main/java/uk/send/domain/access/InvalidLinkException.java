package uk.send.domain.access;

/** The link is unknown, used, or expired (the caller is not told which). */
public class InvalidLinkException extends RuntimeException {

    public InvalidLinkException() {
        super("This link has expired or has already been used");
    }
}
