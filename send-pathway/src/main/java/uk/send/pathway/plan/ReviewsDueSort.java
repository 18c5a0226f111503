package uk.send.pathway.plan;

/** The orders the list of reviews due offers, each ending in the plan's id so that pages never overlap. */
public enum ReviewsDueSort {
    DUE("p.review_due_on, c.family_name, c.given_name, p.id"),
    NAME("c.family_name, c.given_name, p.review_due_on, p.id"),
    MEETING("r.meeting_on nulls last, p.review_due_on, p.id");

    private final String orderBy;

    ReviewsDueSort(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
