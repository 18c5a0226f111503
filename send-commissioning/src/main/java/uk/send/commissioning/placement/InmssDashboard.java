package uk.send.commissioning.placement;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;

/**
 * The INMSS dashboard as at a day: approved placements running that day (started, planned end not passed) by
 * footprint and need with their count, total and average annual cost; the planned transfer points back to
 * maintained provision in the next 12 months; and running placements not reviewed for a year.
 */
public record InmssDashboard(LocalDate asAt, List<CostLine> byFootprintAndNeed, CostLine total,
        List<Due> transfersDue, List<Due> reviewsOverdue) {

    /** Count, total and average annual cost (the average rounded half up to the penny); footprint and need null in the total. */
    public record CostLine(String footprintName, NeedCode need, long placements, Money totalAnnualCost,
            Money averageAnnualCost) {
    }

    /** A placement by reference with the date that makes it due (its transfer point or its last review). */
    public record Due(long id, String reference, String settingName, LocalDate date, String transferTo) {
    }
}
