package uk.send.pathway.assessment;

/** A step the assessment cannot take from where it stands, or with the dates given. */
public class IllegalTransitionException extends RuntimeException {

    private final String messageKey;

    public IllegalTransitionException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The key of the words a person is shown (in the web module's messages). */
    public String messageKey() {
        return messageKey;
    }
}
