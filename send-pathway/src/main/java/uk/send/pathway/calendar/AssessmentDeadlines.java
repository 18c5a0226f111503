package uk.send.pathway.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The deadlines of one EHC needs assessment, all counted from the day the request was received (day 0).
 *
 * @param requestReceived       the day the council received the request or became responsible
 * @param decisionToAssessDue   notify whether it will assess (6 weeks, reg 5(1))
 * @param decisionNotToIssueDue notify a decision not to issue a plan (16 weeks, reg 10(1))
 * @param finalPlanDue          send the final plan (20 weeks, reg 13(2))
 */
public record AssessmentDeadlines(LocalDate requestReceived, LocalDate decisionToAssessDue,
        LocalDate decisionNotToIssueDue, LocalDate finalPlanDue) {

    public AssessmentDeadlines {
        Objects.requireNonNull(requestReceived, "requestReceived is required");
        Objects.requireNonNull(decisionToAssessDue, "decisionToAssessDue is required");
        Objects.requireNonNull(decisionNotToIssueDue, "decisionNotToIssueDue is required");
        Objects.requireNonNull(finalPlanDue, "finalPlanDue is required");
    }
}
