package uk.send.domain.children;

/** An invitation that cannot be made: the address is a staff account's, or already linked to this child. */
public class InvitationRefusedException extends RuntimeException {

    /** Why, as a reason the page can show against the email field. */
    public enum Reason {
        NOT_A_PARENT_ACCOUNT, ALREADY_LINKED,
        /** A young person's invitation: the child is not yet 16. */
        UNDER_16,
        /** A young person's invitation: the child already holds an account of their own. */
        YOUNG_PERSON_HAS_ACCOUNT,
        /** A young person's invitation: the address already belongs to an account. */
        EMAIL_IN_USE
    }

    private final Reason reason;

    public InvitationRefusedException(Reason reason) {
        super("The invitation was refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
