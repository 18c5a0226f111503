package uk.send.commissioning.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import uk.send.funding.topup.FinancialYear;

/**
 * The demand forecast's arithmetic, exact and with no clock or database: from a {@link Baseline}, each projected
 * financial year in turn
 * <ol>
 *   <li>starts with the plans in force at the end of the year before;</li>
 *   <li>issues the year before's new plans grown by the growth rate, rounded to whole plans half up;</li>
 *   <li>ceases the cease rate of the plans in force at its start, rounded to whole plans half up;</li>
 *   <li>ends with start + new − ceased plans in force, split by the shares: mainstream and special each rounded half
 *       up (special never more than the plans left), INMSS the rest, so the three add up to the plans in force;</li>
 *   <li>prices each kind at the year before's unit cost raised by the inflation rate, rounded half up to the penny
 *       (the base year's prices are the scenario's unit costs);</li>
 *   <li>costs the plans in force at its end, each kind's count times its unit cost, exactly in pence.</li>
 * </ol>
 * Each year's rounded figures are those the next year is worked from.
 */
public final class DemandForecast {

    /** How many financial years after the base are projected. */
    public static final int YEARS = 3;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DemandForecast() {
    }

    /** The {@code years} financial years after the base year, projected under the assumptions. */
    public static List<ProjectedYear> project(Baseline base, Assumptions a, int years) {
        List<ProjectedYear> projected = new ArrayList<>();
        long plans = base.plansInForce();
        long newPlans = base.newPlans();
        long[] units = {a.mainstreamUnitPence(), a.specialUnitPence(), a.inmssUnitPence()};
        FinancialYear year = base.year();
        for (int k = 1; k <= years; k++) {
            year = year.next();
            long start = plans;
            newPlans = percentOf(newPlans, HUNDRED.add(a.newPlanGrowthPercent()));
            long ceased = percentOf(start, a.ceaseRatePercent());
            long end = start + newPlans - ceased;
            long[] split = split(end, a);
            long mainstream = split[0];
            long special = split[1];
            long inmss = split[2];
            for (int i = 0; i < units.length; i++) {
                units[i] = percentOf(units[i], HUNDRED.add(a.costInflationPercent()));
            }
            projected.add(new ProjectedYear(year, start, newPlans, ceased, end, mainstream, special, inmss,
                    units[0], units[1], units[2], Math.multiplyExact(mainstream, units[0]),
                    Math.multiplyExact(special, units[1]), Math.multiplyExact(inmss, units[2])));
            plans = end;
        }
        return List.copyOf(projected);
    }

    /**
     * The cost of the plans in force at the end of the base year at the base year's prices: split by the shares
     * and priced at the scenario's unit costs, as a projected year is.
     */
    public static long baseCostPence(Baseline base, Assumptions a) {
        long[] split = split(base.plansInForce(), a);
        return Math.multiplyExact(split[0], a.mainstreamUnitPence()) + Math.multiplyExact(split[1], a.specialUnitPence())
                + Math.multiplyExact(split[2], a.inmssUnitPence());
    }

    /** Plans split by the shares: mainstream and special rounded half up (special at most what is left), INMSS the rest. */
    private static long[] split(long plans, Assumptions a) {
        long mainstream = percentOf(plans, BigDecimal.valueOf(a.mainstreamShare()));
        long special = Math.min(percentOf(plans, BigDecimal.valueOf(a.specialShare())), plans - mainstream);
        return new long[] {mainstream, special, plans - mainstream - special};
    }

    /** {@code value × percent / 100}, rounded to a whole number half up. */
    static long percentOf(long value, BigDecimal percent) {
        return BigDecimal.valueOf(value).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact();
    }
}
