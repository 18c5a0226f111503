package uk.send.pathway.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A step the assessment cannot take from where it stands, or with the dates or text given. It says which
 * field the person must change, the key of the words to show them (in the web module's messages), and the
 * values those words need (dates as {@link java.time.LocalDate}, for the page to format).
 */
public class IllegalTransitionException extends RuntimeException {

    /** What the refusal is about, so that a page can tie it to the field that holds it. */
    public enum Field {
        /** The date the step took effect (or the start date of an exception). */
        DATE,
        /** The end date of a reg 10(4) exception. */
        END_DATE,
        /** The step's text: reasons, advice, comments or a note. */
        TEXT,
        /** The school or setting chosen. */
        SETTING,
        /** Whose advice is asked for. */
        SOURCE,
        /** Who the request for advice is sent to. */
        ADDRESSEE,
        /** The adviser's account the advice is asked of. */
        ADVISER,
        /** Who asked for the assessment. */
        REQUESTER,
        /** The evidence sent with a request. */
        EVIDENCE,
        /** The reg 10(4) reason for an exception. */
        REASON,
        /** Nothing the person typed: the step itself (its page ties it to the step's main field). */
        STEP
    }

    private final String messageKey;
    private final Field field;
    private final List<Object> arguments;

    public IllegalTransitionException(Field field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The key of the words a person is shown (in the web module's messages). */
    public String messageKey() {
        return messageKey;
    }

    /** The field the refusal is about. */
    public Field field() {
        return field;
    }

    /** The values the words need, in order ({0}, {1}, ...). */
    public List<Object> arguments() {
        return arguments;
    }
}
