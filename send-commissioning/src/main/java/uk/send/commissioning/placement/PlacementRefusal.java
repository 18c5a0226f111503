package uk.send.commissioning.placement;

/** A placement command refused by its rules, naming the field it is about and the message key with its values. */
public class PlacementRefusal extends RuntimeException {

    /** What a refusal is about, for the page to put it against. */
    public enum Field { SETTING, FOOTPRINT, START, PLANNED_END, COST, SHARES, DURATION, OUTCOMES, TRANSFER_POINT,
        TRANSFER_TO, CRITERIA, DECISION, NOTE, REVIEWED_ON }

    private final Field field;
    private final String key;
    private final transient Object[] arguments;

    public PlacementRefusal(Field field, String key, Object... arguments) {
        super(key);
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    public Field field() {
        return field;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
