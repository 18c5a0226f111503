package uk.send.pathway.appeal;

import uk.send.domain.refusal.FieldRefusal;

/**
 * A step on a disagreement that the rules refuse, naming the field it is about and carrying the message key and
 * the values its words need, so that the page shows it against that field.
 */
public class DisagreementRefusal extends FieldRefusal {

    /** The field a refusal is about. */
    public enum Field {
        DATE, SECOND_DATE, TYPE, OUTCOME, COMPLIANCE, STEP
    }

    DisagreementRefusal(Field field, String key, String message, Object... arguments) {
        super(field, key, message, arguments);
    }

    @Override
    public Field field() {
        return (Field) super.field();
    }
}
