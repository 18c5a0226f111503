package uk.send.commissioning.placement;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;

/** One placement as the commissioner sees it: identified by its reference, never by the child. */
public record PlacementView(long id, String reference, String settingName, String footprintName, NeedCode primaryNeed,
        LocalDate start, LocalDate plannedEnd, Money annualCost, JointFunding funding, int expectedDurationMonths,
        String agreedOutcomes, LocalDate transferPoint, String transferTo, PlacementStatus status,
        LocalDate decidedOn, String decidedBy, String decisionNote, LocalDate lastReviewedOn, String recordedBy,
        List<Answer> answers, int version) {

    /** A criterion as worded when the placement was recorded, with its answer. */
    public record Answer(int position, String criterion, boolean met, String evidence) {
    }

    public Money lifetimeCost() {
        return PlacementCosts.lifetime(annualCost, expectedDurationMonths);
    }

    public Money educationCost() {
        return PlacementCosts.share(annualCost, funding.education());
    }

    public Money socialCareCost() {
        return PlacementCosts.share(annualCost, funding.socialCare());
    }

    public Money healthCost() {
        return PlacementCosts.share(annualCost, funding.health());
    }

    /** Every criterion met with evidence: the decision form offers approval. */
    public boolean approvable() {
        return answers.stream().allMatch(a -> a.met() && a.evidence() != null && !a.evidence().isBlank());
    }
}
