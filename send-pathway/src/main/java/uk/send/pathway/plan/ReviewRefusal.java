package uk.send.pathway.plan;

import java.util.List;

/**
 * A step in a review that the rules refuse, saying which field it is about and carrying the message key and the
 * values its words need, so that the page shows it against that field.
 */
public class ReviewRefusal extends IllegalArgumentException {

    /** The field a refusal is about; each page maps it to its own form field. */
    public enum Field {
        DATE, TEXT, DECISION, REASON, STEP
    }

    private final Field field;
    private final String key;
    private final transient List<Object> arguments;

    public ReviewRefusal(Field field, String key, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public Field field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
