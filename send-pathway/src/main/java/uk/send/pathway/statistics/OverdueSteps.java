package uk.send.pathway.statistics;

import java.time.LocalDate;

/**
 * The statutory steps not yet taken on {@code asAt} whose time ran out before it: a late step is late in the figures
 * from the day after its due date, not only once it is finally taken.
 *
 * @param asAt                            the day the cases are looked at
 * @param decisionsOverdue                requests with no decision whether to assess by then, more than 6 weeks after
 *                                        the request (reg 5(1))
 * @param finalPlansOverdue               assessments neither refused, nor ended with a decision not to issue, nor
 *                                        finalised by then, more than 20 weeks after the request (reg 13(2))
 * @param finalPlansOverdueWithException  of those, the ones a reg 10(4) exception overlaps (request to that day)
 */
public record OverdueSteps(LocalDate asAt, long decisionsOverdue, long finalPlansOverdue,
        long finalPlansOverdueWithException) {

    /** The overdue final plans the measure excluding exceptions counts: those no exception overlaps. */
    public long finalPlansOverdueExcludingExceptions() {
        return finalPlansOverdue - finalPlansOverdueWithException;
    }
}
