package uk.send.funding.topup;

import java.time.LocalDate;

/**
 * What a parent sees of top-up funding for their child: where the school's application stands, the panel's
 * decision and its reasons (or what it asked for), and the award's band and dates. No staff names, no amounts.
 */
public record FamilyDecision(long applicationId, long childId, String childName, String settingName,
                             ApplicationStatus status, LocalDate submittedOn, LocalDate decidedOn, String decisionNote,
                             String bandName, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn) {

    @Override
    public String toString() {
        return "FamilyDecision[id=" + applicationId + "]";
    }
}
