package uk.send.pathway.appeal;

import java.time.LocalDate;
import java.util.List;

import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.calendar.TribunalCompliance;

/**
 * A disagreement as its page shows it, with the steps open at its stage and, once the appeal has ended in the
 * family's favour, each step the council must take and its date; and the last day to appeal ({@code appealWindow}).
 */
public record DisagreementView(long id, long childId, String childName, AppealType type, LocalDate decisionOn,
                               LocalDate mediationOfferedOn, LocalDate certificateOn,
                               MediationOutcome mediationOutcome, LocalDate registeredOn, LocalDate responseDue,
                               LocalDate hearingOn, AppealOutcome outcome, LocalDate outcomeOn,
                               TribunalCompliance compliance, LocalDate complianceDue,
                               List<StatutoryCalendar.ComplianceStep> complianceSteps, DisagreementStage stage,
                               List<Step> openSteps, int version, StatutoryCalendar.AppealWindow appealWindow) {

    /** The steps a caseworker records on a disagreement. */
    public enum Step {
        CERTIFICATE, APPEAL, HEARING, OUTCOME
    }

    /** Whether the appeal was registered after the last day to appeal. */
    public boolean appealLate() {
        return appealWindow.late(registeredOn);
    }

    public boolean isOpen(Step step) {
        return openSteps.contains(step);
    }
}
