package uk.send.pathway.assessment;

import java.time.LocalDate;

/** The next statutory date on a case and what must be done by it. */
public record NextDeadline(What what, LocalDate due) {

    /** What is due. */
    public enum What {
        DECISION_TO_ASSESS, ADVICE, DECISION_NOT_TO_ISSUE, DRAFT, FINAL_PLAN
    }
}
