package uk.send.pathway.support;

import java.util.List;

/**
 * A change to a pupil's SEN Support that the rules refuse, saying which field it is about and carrying the
 * message key and the values its words need, so that the page shows it against that field.
 */
public class SupportRefusal extends IllegalArgumentException {

    /** The field a refusal is about; the page maps each to its own form field. */
    public enum Field {
        DATE, REVIEW_DUE, PRIMARY_NEED, SECONDARY_NEED, TEXT, STEP, DESTINATION, TIER
    }

    private final Field field;
    private final String key;
    private final transient List<Object> arguments;

    public SupportRefusal(Field field, String key, String message, Object... arguments) {
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
