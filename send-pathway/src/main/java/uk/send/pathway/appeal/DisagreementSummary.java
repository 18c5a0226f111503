package uk.send.pathway.appeal;

import java.time.LocalDate;

/** A disagreement as the appeals list shows it; {@code appealBy} is the last day to appeal to the tribunal. */
public record DisagreementSummary(long id, long childId, String givenName, String familyName, String footprintName,
                                  AppealType type, DisagreementStage stage, LocalDate mediationOfferedOn,
                                  LocalDate registeredOn, LocalDate responseDue, LocalDate hearingOn,
                                  AppealOutcome outcome, LocalDate complianceDue, LocalDate appealBy) {

    /** Whether it is still open (no outcome yet). */
    public boolean open() {
        return outcome == null;
    }
}
