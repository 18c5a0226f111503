package uk.send.pathway.calendar;

/** Where a deadline stands on a given day; see {@link StatutoryCalendar#status}. */
public enum DeadlineStatus {
    /** Today is after the due date. */
    OVERDUE,
    /** Due today or within the next {@value StatutoryCalendar#DUE_SOON_DAYS} days. */
    DUE_SOON,
    /** Due later than that. */
    ON_TRACK
}
