package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether one final plan was issued within 20 weeks, in the two forms the SEN2 return and the local KPI need.
 *
 * <p>The measure "EHC plans issued within 20 weeks" is reported twice:
 * <ul>
 *   <li><b>including exceptions</b>: every plan is counted; the plan meets it when {@link #withinTwentyWeeks()}.
 *       Percentage = plans {@code withinTwentyWeeks} / all plans.</li>
 *   <li><b>excluding exceptions</b>: plans where a reg 10(4) exception applied are left out of the count
 *       altogether ({@link #countsInMeasureExcludingExceptions()} is false). Percentage = plans
 *       {@link #withinTwentyWeeksExcludingExceptionCases()} / plans {@code countsInMeasureExcludingExceptions}.</li>
 * </ul>
 * A plan issued late with an exception thus counts as late in the first measure and not at all in the second.
 *
 * @param requestReceived  day 0
 * @param due              the last day on time: {@code requestReceived} + 20 weeks
 * @param issuedOn         the day the final plan was sent
 * @param daysTaken        calendar days from the request to the issue
 * @param exceptionApplies whether a recorded reg 10(4) exception overlaps the request-to-issue period
 */
public record Timeliness(LocalDate requestReceived, LocalDate due, LocalDate issuedOn, long daysTaken,
        boolean exceptionApplies) {

    private static final int DAYS_IN_WEEK = 7;

    public Timeliness {
        Objects.requireNonNull(requestReceived, "requestReceived is required");
        Objects.requireNonNull(due, "due is required");
        Objects.requireNonNull(issuedOn, "issuedOn is required");
        if (issuedOn.isBefore(requestReceived)) {
            throw new IllegalArgumentException("a plan cannot be issued before the request was received");
        }
    }

    /** Issued on or before the due date: the measure including all plans. */
    public boolean withinTwentyWeeks() {
        return !issuedOn.isAfter(due);
    }

    /** False when an exception applied, so the plan is left out of the measure excluding exceptions. */
    public boolean countsInMeasureExcludingExceptions() {
        return !exceptionApplies;
    }

    /** Counted in the measure excluding exceptions and within 20 weeks: that measure's numerator. */
    public boolean withinTwentyWeeksExcludingExceptionCases() {
        return countsInMeasureExcludingExceptions() && withinTwentyWeeks();
    }

    /** Whole weeks taken: 141 days is 20 weeks (and 1 day). */
    public long weeksTaken() {
        return daysTaken / DAYS_IN_WEEK;
    }

    /** The days beyond {@link #weeksTaken()}: 141 days is 20 weeks and 1 day. */
    public long daysOverWholeWeeks() {
        return daysTaken % DAYS_IN_WEEK;
    }
}
