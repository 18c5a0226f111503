package uk.send.funding.topup;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;

/**
 * A council's financial year, 1 April to 31 March, named by the calendar year it starts in ({@code 2026} is
 * 1 April 2026 to 31 March 2027).
 */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {

    public FinancialYear {
        if (startYear < 2000 || startYear > 2100) {
            throw new IllegalArgumentException("A financial year from 2000 to 2100");
        }
    }

    /** The financial year a day falls in. */
    public static FinancialYear of(LocalDate day) {
        return new FinancialYear(day.getMonthValue() >= Month.APRIL.getValue() ? day.getYear() : day.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, Month.APRIL, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, Month.MARCH, 31);
    }

    /** 365, or 366 when it holds a 29 February. */
    public int days() {
        return (int) ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    public FinancialYear next() {
        return new FinancialYear(startYear + 1);
    }

    /** "2026–27". */
    public String label() {
        return startYear + "\u2013" + String.format("%02d", (startYear + 1) % 100);
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }
}
