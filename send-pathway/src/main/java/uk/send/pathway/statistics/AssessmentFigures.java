package uk.send.pathway.statistics;

/**
 * The EHC needs assessment figures for a period, each counted by the date of its own step.
 *
 * @param requests                      requests for an assessment received in the period
 * @param decisions                     decisions whether to assess (to assess or refusals) made in the period
 * @param decisionsWithinSixWeeks       of those, made within 6 weeks of the request (reg 5(1))
 * @param refusals                      decisions not to assess made in the period
 * @param notIssued                     decisions not to issue a plan after assessing, made in the period
 * @param newPlans                      final EHC plans issued after an assessment in the period
 * @param newPlansWithinTwentyWeeks     of those, issued within 20 weeks of the request (reg 13(2)), all plans
 * @param newPlansWithException         of those, plans where a reg 10(4) exception overlaps request to issue
 * @param newPlansWithinTwentyWeeksExcludingExceptions within 20 weeks among plans with no exception
 */
public record AssessmentFigures(long requests, long decisions, long decisionsWithinSixWeeks, long refusals,
        long notIssued, long newPlans, long newPlansWithinTwentyWeeks, long newPlansWithException,
        long newPlansWithinTwentyWeeksExcludingExceptions) {

    /** The plans counted by the measure excluding exceptions: new plans where no exception applied. */
    public long newPlansExcludingExceptions() {
        return newPlans - newPlansWithException;
    }

    /** Decisions whether to assess made in the period after their 6 weeks: late (reg 5(1)). */
    public long decisionsLate() {
        return decisions - decisionsWithinSixWeeks;
    }

    /** New plans issued in the period after their 20 weeks (reg 13(2)), exceptions included. */
    public long newPlansLate() {
        return newPlans - newPlansWithinTwentyWeeks;
    }

    /** New plans issued after their 20 weeks among those no reg 10(4) exception applied to. */
    public long newPlansLateExcludingExceptions() {
        return newPlansExcludingExceptions() - newPlansWithinTwentyWeeksExcludingExceptions;
    }

    /** % of new plans within 20 weeks including exceptions, to one decimal place; null when there were none. */
    public Double percentWithinTwentyWeeks() {
        return Percent.of(newPlansWithinTwentyWeeks, newPlans);
    }

    /** % within 20 weeks among the plans where no exception applied (the DfE's headline measure). */
    public Double percentWithinTwentyWeeksExcludingExceptions() {
        return Percent.of(newPlansWithinTwentyWeeksExcludingExceptions, newPlansExcludingExceptions());
    }

    /** % of decisions whether to assess made within 6 weeks. */
    public Double percentDecisionsWithinSixWeeks() {
        return Percent.of(decisionsWithinSixWeeks, decisions);
    }
}
