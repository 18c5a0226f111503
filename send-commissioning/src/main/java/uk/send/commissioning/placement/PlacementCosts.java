package uk.send.commissioning.placement;

import java.math.BigDecimal;
import java.math.RoundingMode;

import uk.send.domain.reference.Money;

/** A placement's money, in pence: the lifetime cost and each funder's share of the annual cost. */
public final class PlacementCosts {

    private PlacementCosts() {
    }

    /** The annual cost over the expected duration in months, rounded half up to the penny. */
    public static Money lifetime(Money annual, int months) {
        return Money.ofPence(BigDecimal.valueOf(annual.pence()).multiply(BigDecimal.valueOf(months))
                .divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP).longValueExact());
    }

    /** A percentage share of an amount, rounded half up to the penny. */
    public static Money share(Money amount, int percent) {
        return Money.ofPence(BigDecimal.valueOf(amount.pence()).multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.HALF_UP).longValueExact());
    }
}
