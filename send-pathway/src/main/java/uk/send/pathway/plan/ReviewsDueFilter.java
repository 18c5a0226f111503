package uk.send.pathway.plan;

/**
 * The caseworker's filter on reviews due: a search (name or UPN), a footprint of theirs, when due, and progress.
 */
public record ReviewsDueFilter(String query, Long footprintId, When when, ReviewProgress progress) {

    /** When the review falls due, against today: overdue, due this month, due next month. */
    public enum When {
        OVERDUE, THIS_MONTH, NEXT_MONTH
    }

    public static ReviewsDueFilter none() {
        return new ReviewsDueFilter(null, null, null, null);
    }
}
