package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The family's window to comment on a draft plan and ask for a school or setting (reg 13(1): at least 15 days,
 * the day the draft is sent counting as the first), on a given day: when it closes and how many days are left,
 * today included.
 *
 * @param draftSent the day the draft was sent
 * @param closesOn  the last day for comments ({@link StatutoryCalendar#draftCommentsCloseOn})
 * @param daysLeft  days left including today; 0 once closed
 */
public record CommentWindow(LocalDate draftSent, LocalDate closesOn, long daysLeft) {

    public CommentWindow {
        Objects.requireNonNull(draftSent, "draftSent");
        Objects.requireNonNull(closesOn, "closesOn");
    }

    /** The window of a draft sent on {@code draftSent}, as it stands {@code today} (from the injected clock). */
    public static CommentWindow of(StatutoryCalendar calendar, LocalDate draftSent, LocalDate today) {
        LocalDate closes = calendar.draftCommentsCloseOn(draftSent);
        return new CommentWindow(draftSent, closes, Math.max(0, calendar.daysUntil(closes, today) + 1));
    }

    /** Whether comments are still within the window today. */
    public boolean open() {
        return daysLeft > 0;
    }

    /** Whether today is the last day of the window. */
    public boolean lastDay() {
        return daysLeft == 1;
    }
}
