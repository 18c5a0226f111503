package uk.send.commissioning.oap;

/** A change refused by the rules of the standards or a self-assessment, naming the field it is about. */
public class OapRefusal extends RuntimeException {

    /** The field the refusal is shown against. */
    public enum Field {
        AREA, WORDING, RATING, EVIDENCE, ACTION, SUBMIT
    }

    private final Field field;
    private final String messageKey;
    private final transient Object[] arguments;

    public OapRefusal(Field field, String messageKey, String message, Object... arguments) {
        super(message);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
