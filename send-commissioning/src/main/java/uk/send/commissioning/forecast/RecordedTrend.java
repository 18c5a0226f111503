package uk.send.commissioning.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import uk.send.funding.topup.FinancialYear;

/**
 * The trend the records show over the recorded financial years (those before the first with any plan in force,
 * issued or ceased are left out):
 * <ul>
 *   <li><b>growth of new plans</b>: the new plans of every recorded year after the first, less those of the year
 *       before each, over the new plans of those years before, all the years together, as a percentage to one decimal
 *       place, half up (none when fewer than two years are recorded or the years before issued none);</li>
 *   <li><b>cease rate</b>: the plans ceased in the recorded years over the plans in force at the start of each, all
 *       the years together, as a percentage to one decimal place, half up;</li>
 *   <li><b>baseline</b>: the last recorded year, its plans in force at its end and its new plans.</li>
 * </ul>
 */
public record RecordedTrend(List<RecordedYear> years, BigDecimal newPlanGrowthPercent, BigDecimal ceaseRatePercent,
        Baseline baseline) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The trend of these years, oldest first; the last is the base of the projection. */
    public static RecordedTrend of(List<RecordedYear> all) {
        if (all.isEmpty()) {
            throw new IllegalArgumentException("at least the base year");
        }
        int first = 0;
        while (first < all.size() && empty(all.get(first))) {
            first++;
        }
        List<RecordedYear> years = List.copyOf(all.subList(first, all.size()));
        long later = 0;
        long before = 0;
        for (int i = 1; i < years.size(); i++) {
            later += years.get(i).newPlans();
            before += years.get(i - 1).newPlans();
        }
        long ceased = years.stream().mapToLong(RecordedYear::ceased).sum();
        long atStart = years.stream().mapToLong(RecordedYear::atStart).sum();
        RecordedYear last = all.get(all.size() - 1);
        return new RecordedTrend(years, percent(later - before, before), percent(ceased, atStart),
                new Baseline(last.year(), last.atEnd(), last.newPlans()));
    }

    private static boolean empty(RecordedYear y) {
        return y.atStart() == 0 && y.newPlans() == 0 && y.ceased() == 0 && y.atEnd() == 0;
    }

    /** {@code part / whole} as a percentage to one decimal place, half up; 0.0 when the whole is nought. */
    static BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return new BigDecimal("0.0");
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /**
     * The plans in force by kind of setting as whole percentages adding up to 100: mainstream and special each
     * rounded half up (special never more than what is left), INMSS the rest; all mainstream when there are none.
     */
    public static int[] shares(long mainstream, long special, long inmss) {
        long total = mainstream + special + inmss;
        if (total == 0) {
            return new int[] {100, 0, 0};
        }
        int m = (int) whole(mainstream, total);
        int s = (int) Math.min(whole(special, total), 100 - m);
        return new int[] {m, s, 100 - m - s};
    }

    /** {@code part / whole} as a whole percentage, half up. */
    private static long whole(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    /** A total in pence over a count, rounded half up to the penny; nought when the count is. */
    public static long averagePence(long totalPence, long count) {
        if (count == 0) {
            return 0;
        }
        return BigDecimal.valueOf(totalPence).divide(BigDecimal.valueOf(count), 0, RoundingMode.HALF_UP).longValueExact();
    }

    /** The first year recorded (the base year when none is). */
    public FinancialYear firstYear() {
        return years.isEmpty() ? baseline.year() : years.get(0).year();
    }
}
