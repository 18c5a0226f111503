package uk.send.web.admin;

import uk.send.domain.retention.RetentionPeriod;
import uk.send.web.support.TextInput;

/** A record type's retention period as typed: whole years and months (text, so that letters are a field error). */
record RetentionForm(@TextInput(max = 3) String years, @TextInput(max = 2) String months) {

    static RetentionForm of(RetentionPeriod period) {
        return new RetentionForm(Integer.toString(period.years()), Integer.toString(period.months()));
    }

    /** The period typed; only once the validator has passed the form. */
    RetentionPeriod period() {
        return new RetentionPeriod(RetentionFormValidator.number(years), RetentionFormValidator.number(months));
    }
}
