package uk.send.domain.children;

/**
 * A merge that would leave the kept record in a state its records forbid (two open needs assessments, two
 * current EHC plans): the merge is rolled back and the administrator is told why ({@link #messageKey()}).
 */
public class MergeRefusedException extends RuntimeException {

    private final String messageKey;

    public MergeRefusedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
