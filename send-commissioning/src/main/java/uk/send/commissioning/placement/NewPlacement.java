package uk.send.commissioning.placement;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;

/**
 * A new INMSS placement as proposed: the setting, the child's home footprint and primary need (no identity), the
 * dates and annual cost, the joint-funding shares, the point-of-placement agreement and the answers to the
 * exceptionality criteria.
 */
public record NewPlacement(long settingId, long footprintId, NeedCode primaryNeed, LocalDate start, LocalDate plannedEnd,
        Money annualCost, JointFunding funding, int expectedDurationMonths, String agreedOutcomes,
        LocalDate transferPoint, String transferTo, List<CriterionAnswer> answers) {

    public static final int OUTCOMES_MAX = 4000;
    public static final int TRANSFER_TO_MAX = 200;
    public static final int EVIDENCE_MAX = 2000;

    public NewPlacement {
        answers = List.copyOf(answers);
    }
}
