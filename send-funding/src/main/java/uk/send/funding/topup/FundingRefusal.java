package uk.send.funding.topup;

import uk.send.domain.refusal.FieldRefusal;

/**
 * Something the funding rules refuse, naming the field it is about, with the message key and the values its words
 * need (such as the remaining budget), so the page shows it against that field.
 */
public class FundingRefusal extends FieldRefusal {

    /** The field a refusal is about; each page maps it to one of its own fields. */
    public enum Field {
        BAND, STARTS_ON, ENDS_ON, REVIEW_ON, EVIDENCE, INTENDED_USE, DECISION, NOTE, AMOUNT, NAME,
        PURPOSE, TITLE, WHAT_IT_BUYS, WHO_IT_SERVES, PUPILS, YEAR, PAID_ON, SESSIONS, PROVIDER, NEED, SUPPORT_WANTED,
        DELIVERED_ON, OUTCOME
    }

    public FundingRefusal(Field field, String key, String message, Object... arguments) {
        super(field, key, message, arguments);
    }

    @Override
    public Field field() {
        return (Field) super.field();
    }
}
