package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The fixed days by which a plan naming the next setting must be final when a child or young person transfers
 * between phases of education (SEND Regulations 2014 reg 18(1), as amended in 2015): a day in the calendar year
 * of the transfer, not a period from a start date.
 */
public enum TransferDeadline {

    /** Early years to school, infant to junior, primary to secondary (and any other school to school). */
    SCHOOL(MonthDay.of(2, 15), "reg 18(1)(a)", "Plan naming the new school final"),
    /** Secondary school to a post-16 institution. */
    POST_16(MonthDay.of(3, 31), "reg 18(1)(b)", "Plan naming the post-16 institution final");

    private final MonthDay day;
    private final String reference;
    private final String description;

    TransferDeadline(MonthDay day, String reference, String description) {
        this.day = day;
        this.reference = reference;
        this.description = description;
    }

    /** The day in the calendar year of the transfer. */
    public MonthDay day() {
        return day;
    }

    public String reference() {
        return reference;
    }

    public String description() {
        return description;
    }

    /** The deadline for a transfer in the given calendar year (the day itself is on time). */
    public LocalDate in(int calendarYearOfTransfer) {
        return day.atYear(calendarYearOfTransfer);
    }
}
