package uk.send.pathway.transfer;

/**
 * Whether the review that leads to a phase transfer is under way this academic year, as the plan's reviews
 * ({@link uk.send.pathway.plan.PlanReviews#transferReviewSql}) say.
 */
public enum TransferReview {
    /** No review meeting held this academic year, and none arranged. */
    NOT_ARRANGED,
    /** A review meeting is arranged for a day still to come. */
    ARRANGED,
    /** A review meeting was held this academic year. */
    HELD
}
