package uk.send.pathway.assessment;

import java.time.LocalDate;
import java.util.List;

import uk.send.pathway.calendar.Reg10Exception;

/**
 * What happened on a needs assessment, raised by the aggregate in the method that made it happen and
 * published when the case is saved, inside its transaction, so that Spring Modulith's event publication
 * registry records it before the commit. Other modules follow these after the commit
 * ({@code uk.send.domain.events.AfterCommitListener}). Each carries ids, never an entity, and no free text
 * that could hold personal details (the advice lines name only who gave advice and when).
 */
public sealed interface AssessmentEvent {

    long assessmentId();

    long childId();

    /** The date the step took effect. */
    LocalDate on();

    /** Who took the step. */
    Actor actor();

    /** Day 0: a request for an assessment was received. */
    record RequestReceived(long assessmentId, long childId, LocalDate on, Actor actor, Requester requestedBy)
            implements AssessmentEvent {
    }

    /** Reg 4: the council decided to assess. */
    record DecidedToAssess(long assessmentId, long childId, LocalDate on, Actor actor) implements AssessmentEvent {
    }

    /** Reg 5: the council decided not to assess. */
    record RefusedToAssess(long assessmentId, long childId, LocalDate on, Actor actor) implements AssessmentEvent {
    }

    /** Reg 6: advice was asked for, due on {@code dueOn}; adviserId is the adviser's account, or null. */
    record AdviceRequested(long assessmentId, long childId, LocalDate on, Actor actor, AdviceSource source,
                           Long adviserId, LocalDate dueOn) implements AssessmentEvent {
    }

    /** The advice asked for in one request arrived. */
    record AdviceReceived(long assessmentId, long childId, LocalDate on, Actor actor, long adviceRequestId)
            implements AssessmentEvent {
    }

    /** The council decided to issue a plan: the plan can be started. */
    record DecidedToIssue(long assessmentId, long childId, LocalDate on, Actor actor) implements AssessmentEvent {
    }

    /** Reg 10: the council decided not to issue a plan. */
    record DecidedNotToIssue(long assessmentId, long childId, LocalDate on, Actor actor) implements AssessmentEvent {
    }

    /**
     * Reg 13(1): the draft plan was sent; the family can comment until {@code commentsCloseOn}.
     *
     * @param adviceLines section K's list: who gave advice and when it arrived, one line each
     */
    record DraftIssued(long assessmentId, long childId, LocalDate on, Actor actor, LocalDate commentsCloseOn,
                       List<String> adviceLines) implements AssessmentEvent {
        public DraftIssued {
            adviceLines = List.copyOf(adviceLines);
        }
    }

    /** The family responded to the draft, asking for a setting (preferredSettingId, or null). */
    record DraftResponseReceived(long assessmentId, long childId, LocalDate on, Actor actor, Long preferredSettingId)
            implements AssessmentEvent {
    }

    /** A school or setting was consulted about being named; it should respond by {@code responseDueOn}. */
    record SettingConsulted(long assessmentId, long childId, LocalDate on, Actor actor, long settingId,
                            LocalDate responseDueOn) implements AssessmentEvent {
    }

    /**
     * Reg 13(2): the final plan was issued, naming the setting.
     *
     * @param adviceLines section K's list: who gave advice and when it arrived, one line each
     */
    record FinalPlanIssued(long assessmentId, long childId, LocalDate on, Actor actor, long namedSettingId,
                           List<String> adviceLines) implements AssessmentEvent {
        public FinalPlanIssued {
            adviceLines = List.copyOf(adviceLines);
        }
    }

    /** Reg 10(4): an exception to the time limits was recorded. */
    record ExceptionRecorded(long assessmentId, long childId, LocalDate on, Actor actor,
                             Reg10Exception reason, LocalDate to) implements AssessmentEvent {
    }
}
