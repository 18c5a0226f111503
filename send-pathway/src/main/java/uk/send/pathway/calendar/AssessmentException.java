package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A regulation 10(4) exception recorded on an assessment: the reason, the dates and a caseworker's note.
 *
 * <p>What {@code from} and {@code to} mean depends on the reason:
 * <ul>
 *   <li>{@link Reg10Exception#SCHOOL_CLOSURE}, {@link Reg10Exception#EARLY_YEARS_CLOSURE}: the first and last
 *       days the school or provider is closed. It reopens the day after {@code to}. The excepted window for
 *       advice asked of it runs from a week before {@code from} to a week before it reopens, both inclusive.</li>
 *   <li>{@link Reg10Exception#EXCEPTIONAL_PERSONAL_CIRCUMSTANCES},
 *       {@link Reg10Exception#AWAY_FROM_AREA}: the days the circumstances or the absence lasted; these are the
 *       excepted window.</li>
 * </ul>
 * Closures and absences must last at least 4 continuous weeks: 28 days counting both ends.
 *
 * @param reason the paragraph of regulation 10(4) relied on
 * @param from   the first day, inclusive
 * @param to     the last day, inclusive; not before {@code from}
 * @param note   why the exception applies: required, at most {@value #NOTE_MAX_LENGTH} characters
 */
public record AssessmentException(Reg10Exception reason, LocalDate from, LocalDate to, String note) {

    public static final int NOTE_MAX_LENGTH = 500;

    /** "One week before" the closure starts and before it reopens. */
    private static final int WEEK = 7;

    public AssessmentException {
        Objects.requireNonNull(reason, "reason is required");
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        Objects.requireNonNull(note, "note is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("an exception cannot end before it starts");
        }
        if (reason.needsFourContinuousWeeks() && daysInclusive(from, to) < Reg10Exception.MINIMUM_CONTINUOUS_DAYS) {
            throw new IllegalArgumentException(reason.reference() + " needs at least 4 continuous weeks ("
                    + Reg10Exception.MINIMUM_CONTINUOUS_DAYS + " days)");
        }
        if (note.isBlank()) {
            throw new IllegalArgumentException("a note is required");
        }
        if (note.length() > NOTE_MAX_LENGTH) {
            throw new IllegalArgumentException("the note must be at most " + NOTE_MAX_LENGTH + " characters");
        }
    }

    /** For a closure, the day the school or provider reopens: the day after {@code to}. */
    public LocalDate reopensOn() {
        requireClosure();
        return to.plusDays(1);
    }

    /** The first day of the excepted window: a week before a closure starts, or {@code from}. */
    public LocalDate exceptedFrom() {
        return reason.isClosure() ? from.minusDays(WEEK) : from;
    }

    /** The last day of the excepted window: a week before a closure ends by reopening, or {@code to}. */
    public LocalDate exceptedTo() {
        return reason.isClosure() ? reopensOn().minusDays(WEEK) : to;
    }

    /**
     * For a closure, whether advice asked of the school or provider on {@code adviceRequested} falls in the
     * excepted window.
     *
     * @throws IllegalStateException for a reason that is not a closure
     */
    public boolean coversAdviceRequestedOn(LocalDate adviceRequested) {
        requireClosure();
        return within(Objects.requireNonNull(adviceRequested, "adviceRequested is required"));
    }

    /** Whether the excepted window shares at least one day with {@code start}..{@code end} (both inclusive). */
    public boolean overlaps(LocalDate start, LocalDate end) {
        return !exceptedFrom().isAfter(end) && !exceptedTo().isBefore(start);
    }

    private boolean within(LocalDate day) {
        return overlaps(day, day);
    }

    private void requireClosure() {
        if (!reason.isClosure()) {
            throw new IllegalStateException(reason.reference() + " is not a closure");
        }
    }

    private static long daysInclusive(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
