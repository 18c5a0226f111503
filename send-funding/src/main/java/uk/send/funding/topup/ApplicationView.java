package uk.send.funding.topup;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.Money;

/**
 * An application as the school or the panel sees it: the pupil's name and school (nothing else about the child),
 * the evidence from the reviewed cycle, the band asked for, its use and dates, where it stands, and the award (with any renewals) if
 * approved. {@code requestedCost} is the requested band's cost over the period at the band's value today.
 */
public record ApplicationView(long id, long childId, String childName, String settingName, long footprintId,
                              long supportPlanId, int supportCycle, LocalDate cycleReviewedOn, String evidence,
                              String intendedUse, long requestedBandId, String requestedBandName, Money requestedCost,
                              LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn, ApplicationStatus status,
                              LocalDate submittedOn, String moreInformation, LocalDate decidedOn, String decisionNote,
                              List<AwardView> awards, int version) {

    @Override
    public String toString() {
        return "ApplicationView[id=" + id + "]";
    }
}
