package uk.send.pathway.plan;

import uk.send.domain.refusal.FieldRefusal;

/**
 * A step in a review that the rules refuse, saying which field it is about and carrying the message key and the
 * values its words need, so that the page shows it against that field.
 */
public class ReviewRefusal extends FieldRefusal {

    /** The field a refusal is about; each page maps it to its own form field. */
    public enum Field {
        DATE, TEXT, DECISION, REASON, STEP
    }

    public ReviewRefusal(Field field, String key, String message, Object... arguments) {
        super(field, key, message, arguments);
    }

    @Override
    public Field field() {
        return (Field) super.field();
    }
}
