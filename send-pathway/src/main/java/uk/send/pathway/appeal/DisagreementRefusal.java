package uk.send.pathway.appeal;

import java.util.List;

/**
 * A step on a disagreement that the rules refuse, naming the field it is about and carrying the message key and
 * the values its words need, so that the page shows it against that field.
 */
public class DisagreementRefusal extends IllegalArgumentException {

    /** The field a refusal is about. */
    public enum Field {
        DATE, SECOND_DATE, TYPE, OUTCOME, COMPLIANCE, STEP
    }

    private final Field field;
    private final String key;
    private final transient List<Object> arguments;

    DisagreementRefusal(Field field, String key, String message, Object... arguments) {
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
