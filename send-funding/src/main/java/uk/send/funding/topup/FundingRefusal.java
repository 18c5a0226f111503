package uk.send.funding.topup;

import java.util.List;

/**
 * Something the funding rules refuse, naming the field it is about, with the message key and the values its words
 * need (such as the remaining budget), so the page shows it against that field.
 */
public class FundingRefusal extends IllegalArgumentException {

    /** The field a refusal is about; each page maps it to one of its own fields. */
    public enum Field {
        BAND, STARTS_ON, ENDS_ON, REVIEW_ON, EVIDENCE, INTENDED_USE, DECISION, NOTE, AMOUNT, NAME,
        PURPOSE, TITLE, WHAT_IT_BUYS, WHO_IT_SERVES, PUPILS, YEAR, PAID_ON, SESSIONS, PROVIDER, NEED, SUPPORT_WANTED,
        DELIVERED_ON, OUTCOME
    }

    private final Field field;
    private final String key;
    private final transient List<Object> arguments;

    public FundingRefusal(Field field, String key, String message, Object... arguments) {
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
