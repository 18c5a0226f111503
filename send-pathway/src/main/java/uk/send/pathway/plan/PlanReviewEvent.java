package uk.send.pathway.plan;

import java.time.LocalDate;

/** What happens to a plan through its reviews, published through the event publication registry. */
public sealed interface PlanReviewEvent {

    long planId();

    long childId();

    /**
     * A review meeting was arranged for the review due on {@code dueOn}: the family is told, and asked for their
     * views before the meeting on {@code meetingOn}.
     */
    record ReviewArranged(long planId, long childId, LocalDate dueOn, LocalDate meetingOn) implements PlanReviewEvent {
    }

    /** A review fell overdue: its due date passed with no meeting held. Reminders follow. */
    record ReviewOverdue(long planId, long childId, LocalDate dueOn, LocalDate foundOn) implements PlanReviewEvent {
    }

    /** The council decided, after a review meeting, to maintain, amend or cease the plan. */
    record ReviewDecided(long planId, long childId, ReviewDecision decision, LocalDate decidedOn, boolean late)
            implements PlanReviewEvent {
    }

    /**
     * Proposed amendments (a new version) were sent to the family on {@code on}; their comments are due by
     * {@code commentsCloseOn} (at least 15 days, from the calendar): the family is told, and reminded before it.
     */
    record AmendmentsProposed(long planId, long childId, LocalDate on, LocalDate commentsCloseOn) implements PlanReviewEvent {
    }

    /** The amended final plan (a new version) was issued on that day: the family is told. */
    record AmendedPlanIssued(long planId, long childId, LocalDate on) implements PlanReviewEvent {
    }

    /** The plan ceased, for this reason, on that day. */
    record PlanCeased(long planId, long childId, CeaseReason reason, LocalDate on) implements PlanReviewEvent {
    }
}
