package uk.send.funding.topup;

import java.time.LocalDate;

/**
 * What a parent sees of top-up funding for their child: where the school's application stands, the panel's
 * decision and its reasons (or what it asked for), the latest award's band and dates, and what the panel's last
 * review of an award decided ({@code reviewOutcome}: renewed, followed by another band or ended; null before any
 * review) and when. No staff names, no amounts.
 */
public record FamilyDecision(long applicationId, long childId, String childName, String settingName,
                             ApplicationStatus status, LocalDate submittedOn, LocalDate decidedOn, String decisionNote,
                             String bandName, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn,
                             AwardStatus reviewOutcome, LocalDate reviewedOn) {

    @Override
    public String toString() {
        return "FamilyDecision[id=" + applicationId + "]";
    }
}
