package uk.send.pathway.assessment;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.pathway.calendar.Reg10Exception;

/**
 * What a caseworker asks of a case: one record per step, carrying the date the step took effect and what
 * else the step needs. {@link NeedsAssessments#take} dispatches each to the aggregate's method for it; the
 * aggregate checks the stage, the dates and the text.
 */
public sealed interface AssessmentCommand {

    /** The date the step took effect (not necessarily today). */
    LocalDate on();

    /** Which step this is. */
    AssessmentStep step();

    /** Reg 4: decide to assess. */
    record DecideToAssess(LocalDate on) implements AssessmentCommand {
        public DecideToAssess {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.DECIDE_TO_ASSESS;
        }
    }

    /** Reg 5: decide not to assess, with the reasons the notice gives. */
    record RefuseToAssess(LocalDate on, String reasons) implements AssessmentCommand {
        public RefuseToAssess {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.REFUSE_TO_ASSESS;
        }

        @Override
        public String toString() {
            return "RefuseToAssess[on=" + on + "]";
        }
    }

    /** Reg 6: ask for advice, of an adviser's account (adviserId) or of someone without one (null). */
    record RequestAdvice(LocalDate on, AdviceSource source, String addressee, Long adviserId) implements AssessmentCommand {
        public RequestAdvice {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.REQUEST_ADVICE;
        }

        @Override
        public String toString() {
            return "RequestAdvice[on=" + on + "]";
        }
    }

    /** The advice asked for in one request has arrived. */
    record ReceiveAdvice(LocalDate on, long adviceRequestId, String advice) implements AssessmentCommand {
        public ReceiveAdvice {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.RECEIVE_ADVICE;
        }

        @Override
        public String toString() {
            return "ReceiveAdvice[on=" + on + "]";
        }
    }

    /** Decide to issue a plan. */
    record DecideToIssue(LocalDate on) implements AssessmentCommand {
        public DecideToIssue {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.DECIDE_TO_ISSUE;
        }
    }

    /** Reg 10: decide not to issue a plan, with the reasons. */
    record DecideNotToIssue(LocalDate on, String reasons) implements AssessmentCommand {
        public DecideNotToIssue {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.DECIDE_NOT_TO_ISSUE;
        }

        @Override
        public String toString() {
            return "DecideNotToIssue[on=" + on + "]";
        }
    }

    /** Reg 13(1): send the draft plan. */
    record IssueDraft(LocalDate on) implements AssessmentCommand {
        public IssueDraft {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.ISSUE_DRAFT;
        }
    }

    /** The family's comments on the draft, and the setting they ask for (null if none). */
    record RecordDraftResponse(LocalDate on, String comments, Long preferredSettingId) implements AssessmentCommand {
        public RecordDraftResponse {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.RECORD_DRAFT_RESPONSE;
        }

        @Override
        public String toString() {
            return "RecordDraftResponse[on=" + on + "]";
        }
    }

    /** The council consults a school or setting about being named. */
    record ConsultSetting(LocalDate on, long settingId) implements AssessmentCommand {
        public ConsultSetting {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.CONSULT_SETTING;
        }
    }

    /** Reg 13(2): issue the final plan, naming the setting. */
    record Finalise(LocalDate on, long namedSettingId) implements AssessmentCommand {
        public Finalise {
            Objects.requireNonNull(on, "on");
        }

        public AssessmentStep step() {
            return AssessmentStep.FINALISE;
        }
    }

    /** Reg 10(4): a reason the council need not meet a time limit, from {@code on} to {@code to}. */
    record RecordException(LocalDate on, LocalDate to, Reg10Exception reason, String note) implements AssessmentCommand {
        public RecordException {
            Objects.requireNonNull(on, "on");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(reason, "reason");
        }

        public AssessmentStep step() {
            return AssessmentStep.RECORD_EXCEPTION;
        }

        @Override
        public String toString() {
            return "RecordException[reason=" + reason + "]";
        }
    }
}
