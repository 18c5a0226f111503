package uk.send.commissioning.kpi;

import java.time.LocalDate;
import java.time.Month;

/**
 * The periods a commissioner chooses between, each a range of days ending no later than today. Calendar years
 * match the SEN2 return and the DfE's published figures; financial years (1 April to 31 March) match budgets.
 */
public enum ReportingPeriod {

    LAST_12_MONTHS, THIS_CALENDAR_YEAR, LAST_CALENDAR_YEAR, THIS_FINANCIAL_YEAR, LAST_FINANCIAL_YEAR;

    /** The first day of the period that contains {@code today} or ends before it. */
    public LocalDate from(LocalDate today) {
        return switch (this) {
            case LAST_12_MONTHS -> today.minusMonths(12).plusDays(1);
            case THIS_CALENDAR_YEAR -> LocalDate.of(today.getYear(), 1, 1);
            case LAST_CALENDAR_YEAR -> LocalDate.of(today.getYear() - 1, 1, 1);
            case THIS_FINANCIAL_YEAR -> financialYearStart(today);
            case LAST_FINANCIAL_YEAR -> financialYearStart(today).minusYears(1);
        };
    }

    /** The last day of the period: today for a period still running. */
    public LocalDate to(LocalDate today) {
        return switch (this) {
            case LAST_12_MONTHS, THIS_CALENDAR_YEAR, THIS_FINANCIAL_YEAR -> today;
            case LAST_CALENDAR_YEAR -> LocalDate.of(today.getYear() - 1, 12, 31);
            case LAST_FINANCIAL_YEAR -> financialYearStart(today).minusDays(1);
        };
    }

    private static LocalDate financialYearStart(LocalDate today) {
        LocalDate april = LocalDate.of(today.getYear(), Month.APRIL, 1);
        return today.isBefore(april) ? april.minusYears(1) : april;
    }
}
