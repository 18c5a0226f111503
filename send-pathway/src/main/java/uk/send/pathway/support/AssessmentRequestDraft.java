package uk.send.pathway.support;

import java.time.LocalDate;

/**
 * What the SENCO sees before asking for an EHC needs assessment from a reviewed cycle: the cycle, how many cycles
 * the request will carry as its evidence, the reasons suggested from the review's notes, and the date of the
 * child's open case if there is one (then no second request can be made).
 */
public record AssessmentRequestDraft(SupportPlanView plan, int cycles, String suggestedReasons,
                                     LocalDate openCaseReceived) {

    public boolean canRequest() {
        return openCaseReceived == null;
    }
}
