package uk.send.pathway.support;

import uk.send.domain.refusal.FieldRefusal;

/**
 * A change to a pupil's SEN Support that the rules refuse, saying which field it is about and carrying the
 * message key and the values its words need, so that the page shows it against that field.
 */
public class SupportRefusal extends FieldRefusal {

    /** The field a refusal is about; the page maps each to its own form field. */
    public enum Field {
        DATE, REVIEW_DUE, PRIMARY_NEED, SECONDARY_NEED, TEXT, STEP, DESTINATION, TIER
    }

    public SupportRefusal(Field field, String key, String message, Object... arguments) {
        super(field, key, message, arguments);
    }

    @Override
    public Field field() {
        return (Field) super.field();
    }
}
