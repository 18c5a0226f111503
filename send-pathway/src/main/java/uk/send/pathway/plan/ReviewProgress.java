package uk.send.pathway.plan;

/** How far the review due on a plan has got, for the list of reviews due. */
public enum ReviewProgress {
    NOT_ARRANGED, ARRANGED, AWAITING_DECISION
}
