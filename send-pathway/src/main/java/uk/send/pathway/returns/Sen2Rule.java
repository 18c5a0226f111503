package uk.send.pathway.returns;

/**
 * A rule of the person-level return a record can break, and what record the fix is made on. The DfE publishes
 * its validation rules with the specification; these are the ones the service's records can break, stated in
 * its own terms (docs/data-formats.md maps them).
 */
public enum Sen2Rule {
    /** A child of school age (reception to year 11 on 31 August before the census) with no unique pupil number. */
    UPN_MISSING(Fix.CHILD),
    /** A child in the return with no home postcode. */
    POSTCODE_MISSING(Fix.CHILD),
    /** A plan in force on the census date for a child with no primary need recorded (module 5c is empty). */
    NEED_MISSING(Fix.CHILD),
    /** The assessment records a final plan issued, but no plan from it has a final version: no start date. */
    PLAN_START_MISSING(Fix.ASSESSMENT),
    /** A plan ceased in the collection year (or up to the census) whose reason is "other": no DfE reason to send. */
    CEASE_REASON_UNSPECIFIED(Fix.PLAN),
    /** A request with no decision whether to assess on the census date, more than 6 weeks after it was received. */
    DECISION_OVERDUE(Fix.ASSESSMENT),
    /** An assessment with no outcome (plan or decision not to issue) on the census date, more than 20 weeks on. */
    OUTCOME_OVERDUE(Fix.ASSESSMENT);

    /** Where the fix is made: the child's record, the assessment, or the plan. */
    public enum Fix { CHILD, ASSESSMENT, PLAN }

    private final Fix fix;

    Sen2Rule(Fix fix) {
        this.fix = fix;
    }

    public Fix fix() {
        return fix;
    }
}
