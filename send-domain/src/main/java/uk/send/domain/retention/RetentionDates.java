package uk.send.domain.retention;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The date arithmetic of retention, with no clock and no database: when a record's period ends, and the latest
 * start whose period has ended by a given day (the cutoff a report's SQL compares with).
 *
 * <p>A period ends on the anniversary of its start, {@code offsetYears} plus the period's years and months on.
 * Where that month has no such day (29 February in a common year, the 31st of a shorter month), the period ends
 * on the first day of the next month: a person born on 29 February turns 25 on 1 March in a common year, as
 * English law counts ages (Family Law Reform Act 1969 s.9: at the start of the anniversary, which a common year
 * reaches only when February is over). The anniversary is always counted from the start itself, so the 28th
 * birthday of someone born on 29 February 2000 is 29 February 2028. From the end date on, the record is past
 * retention.
 */
public final class RetentionDates {

    private RetentionDates() {
    }

    /** The day the period ends: from this day the record is past retention. */
    public static LocalDate endOf(LocalDate start, int offsetYears, RetentionPeriod period) {
        YearMonth month = YearMonth.from(start).plusYears((long) offsetYears + period.years()).plusMonths(period.months());
        return month.isValidDay(start.getDayOfMonth())
                ? month.atDay(start.getDayOfMonth())
                : month.plusMonths(1).atDay(1);
    }

    /** Whether a record whose retention started on {@code start} is past its period on {@code today}. */
    public static boolean isPast(LocalDate start, int offsetYears, RetentionPeriod period, LocalDate today) {
        return !endOf(start, offsetYears, period).isAfter(today);
    }

    /**
     * The latest start whose period has ended by {@code today}: every record starting on or before it is past
     * retention, every later one is not (the end date never goes back as the start goes forward).
     */
    public static LocalDate cutoff(LocalDate today, int offsetYears, RetentionPeriod period) {
        LocalDate candidate = today.minusYears((long) offsetYears + period.years()).minusMonths(period.months());
        while (isPast(candidate.plusDays(1), offsetYears, period, today)) {
            candidate = candidate.plusDays(1);
        }
        while (!isPast(candidate, offsetYears, period, today)) {
            candidate = candidate.minusDays(1);
        }
        return candidate;
    }
}
