package uk.send.pathway.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A share as a percentage rounded half up to one decimal place; null (shown as "no data") when nothing was counted. */
public final class Percent {

    private Percent() {
    }

    public static Double of(long part, long whole) {
        if (whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP).doubleValue();
    }
}
