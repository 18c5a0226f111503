package uk.send.commissioning.forecast;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * The assumptions of one scenario of the demand forecast. Rates are percentages with at most one decimal place;
 * the shares of plans by kind of setting are whole percentages adding up to 100; each unit cost is the annual cost
 * of one plan at that kind of setting to the high needs block, in pence, at the base year's prices.
 *
 * @param newPlanGrowthPercent how much the new plans issued in a year grow on the year before (negative: fall)
 * @param ceaseRatePercent     how many of the plans in force at a year's start cease during it
 * @param costInflationPercent how much every unit cost rises each year
 * @param mainstreamShare      plans in mainstream and other settings (neither special nor INMSS), %
 * @param specialShare         plans in special schools and resource bases, %
 * @param inmssShare           plans in independent or non-maintained special schools, %
 */
public record Assumptions(BigDecimal newPlanGrowthPercent, BigDecimal ceaseRatePercent, BigDecimal costInflationPercent,
        int mainstreamShare, int specialShare, int inmssShare,
        long mainstreamUnitPence, long specialUnitPence, long inmssUnitPence) {

    public static final BigDecimal GROWTH_MIN = new BigDecimal("-50.0");
    public static final BigDecimal GROWTH_MAX = new BigDecimal("100.0");
    public static final BigDecimal CEASE_MAX = new BigDecimal("100.0");
    public static final BigDecimal INFLATION_MIN = new BigDecimal("-10.0");
    public static final BigDecimal INFLATION_MAX = new BigDecimal("50.0");
    /** £1,000,000 a year: the most one plan may be assumed to cost. */
    public static final long MAX_UNIT_PENCE = 100_000_000L;

    public Assumptions {
        newPlanGrowthPercent = rate(newPlanGrowthPercent, GROWTH_MIN, GROWTH_MAX, "growth");
        ceaseRatePercent = rate(ceaseRatePercent, BigDecimal.ZERO, CEASE_MAX, "cease rate");
        costInflationPercent = rate(costInflationPercent, INFLATION_MIN, INFLATION_MAX, "inflation");
        for (int share : new int[] {mainstreamShare, specialShare, inmssShare}) {
            if (share < 0 || share > 100) {
                throw new IllegalArgumentException("a share is from 0 to 100");
            }
        }
        if (mainstreamShare + specialShare + inmssShare != 100) {
            throw new IllegalArgumentException("the shares add up to 100");
        }
        for (long pence : new long[] {mainstreamUnitPence, specialUnitPence, inmssUnitPence}) {
            if (pence < 0 || pence > MAX_UNIT_PENCE) {
                throw new IllegalArgumentException("a unit cost is from nought to " + MAX_UNIT_PENCE + " pence");
            }
        }
    }

    /** A percentage with at most one decimal place within its range, held to exactly one. */
    private static BigDecimal rate(BigDecimal value, BigDecimal min, BigDecimal max, String what) {
        Objects.requireNonNull(value, what + " is required");
        if (value.stripTrailingZeros().scale() > 1 || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            throw new IllegalArgumentException(what + " is from " + min + " to " + max + ", to one decimal place");
        }
        return value.setScale(1);
    }
}
