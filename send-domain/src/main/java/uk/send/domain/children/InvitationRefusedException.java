package uk.send.domain.children;

/** An invitation that cannot be made: the address is a staff account's, or already linked to this child. */
public class InvitationRefusedException extends RuntimeException {

    /** Why, as a reason the page can show against the email field. */
    public enum Reason { NOT_A_PARENT_ACCOUNT, ALREADY_LINKED }

    private final Reason reason;

    public InvitationRefusedException(Reason reason) {
        super("The invitation was refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
