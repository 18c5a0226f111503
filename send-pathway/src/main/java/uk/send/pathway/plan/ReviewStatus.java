package uk.send.pathway.plan;

/**
 * Where a review stands: the meeting arranged (or held) and the decision not yet made; amending the plan after a
 * decision to amend; or completed (maintained, ceased, or the amended plan issued).
 */
public enum ReviewStatus {
    ARRANGED, AMENDING, COMPLETED
}
