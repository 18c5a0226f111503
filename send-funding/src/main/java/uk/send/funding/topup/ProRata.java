package uk.send.funding.topup;

import java.math.BigInteger;
import java.math.RoundingMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What an award costs: its annual value pro rata by day in each financial year it spans. A period counts both
 * its first and its last day; each year's share is the annual value times the days in that year over the days
 * of that year (365, or 366 with a 29 February), rounded to the nearest penny (half up). So a whole financial
 * year costs exactly the annual value.
 */
public final class ProRata {

    private ProRata() {
    }

    /** The cost in each financial year from {@code from} to {@code to}, both included. */
    public static SortedMap<FinancialYear, Long> costByYear(long annualPence, LocalDate from, LocalDate to) {
        if (annualPence < 0) {
            throw new IllegalArgumentException("A negative annual value");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The end is before the start");
        }
        SortedMap<FinancialYear, Long> costs = new TreeMap<>();
        for (FinancialYear year = FinancialYear.of(from); !year.firstDay().isAfter(to); year = year.next()) {
            LocalDate start = from.isAfter(year.firstDay()) ? from : year.firstDay();
            LocalDate end = to.isBefore(year.lastDay()) ? to : year.lastDay();
            long days = ChronoUnit.DAYS.between(start, end) + 1;
            costs.put(year, share(annualPence, days, year.days()));
        }
        return Collections.unmodifiableSortedMap(costs);
    }

    /** The cost within one financial year (0 when the period does not touch it). */
    public static long costIn(FinancialYear year, long annualPence, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return 0;
        }
        return costByYear(annualPence, from, to).getOrDefault(year, 0L);
    }

    /** The total over every year. */
    public static long total(long annualPence, LocalDate from, LocalDate to) {
        return costByYear(annualPence, from, to).values().stream().mapToLong(Long::longValue).sum();
    }

    private static long share(long annualPence, long days, int daysInYear) {
        return new BigDecimal(BigInteger.valueOf(annualPence).multiply(BigInteger.valueOf(days)))
                .divide(BigDecimal.valueOf(daysInYear), 0, RoundingMode.HALF_UP).longValueExact();
    }
}
