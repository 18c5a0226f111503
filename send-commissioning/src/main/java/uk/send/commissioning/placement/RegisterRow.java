package uk.send.commissioning.placement;

import java.time.LocalDate;

import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;

/** A line of the register: the placement's reference, setting, footprint, need, dates, cost and status. */
public record RegisterRow(long id, String reference, String settingName, String footprintName, NeedCode primaryNeed,
        LocalDate start, LocalDate plannedEnd, Money annualCost, PlacementStatus status) {
}
