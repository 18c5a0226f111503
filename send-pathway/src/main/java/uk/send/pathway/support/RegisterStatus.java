package uk.send.pathway.support;

/** A pupil's support plan as the register shows it. */
public enum RegisterStatus {
    /** At SEN Support with no plan in progress. */
    NO_PLAN,
    /** A plan in progress, its review more than the warning window away. */
    IN_PLACE,
    /** A plan whose review falls within the warning window (today included). */
    REVIEW_DUE,
    /** A plan whose review date has passed. */
    REVIEW_OVERDUE,
    /** A pupil with an EHC plan and no SEN Support plan: the EHC plan is their plan. */
    EHC_PLAN
}
