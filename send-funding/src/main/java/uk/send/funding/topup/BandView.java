package uk.send.funding.topup;

import uk.send.domain.reference.Money;

/** A band as configured now. */
public record BandView(long id, String name, String description, long annualValuePence, boolean active, int version) {

    public Money annualValue() {
        return Money.ofPence(annualValuePence);
    }
}
