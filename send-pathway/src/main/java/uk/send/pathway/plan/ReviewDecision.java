package uk.send.pathway.plan;

/** What the council decides after a review meeting (reg 20(10) / 21(8)): keep the plan, amend it, or cease it. */
public enum ReviewDecision {
    MAINTAIN, AMEND, CEASE
}
