package uk.send.pathway.statistics;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.NeedCode;

/**
 * SEN Support across the area (or a caseworker's footprints) on a day: by footprint, by need and (while the council
 * uses tiers of support) by the tier of each pupil's cycle in progress, with the total.
 *
 * @param reviewedAfter a cycle reviewed after this day counts as reviewed in the last term
 * @param requestsAfter requests received after this day are counted
 */
public record SupportAcrossArea(LocalDate today, LocalDate reviewedAfter, LocalDate requestsAfter,
                                List<Footprint> footprints, List<Need> needs, List<Tier> tiers, SupportFigures total) {

    public SupportAcrossArea {
        footprints = List.copyOf(footprints);
        needs = List.copyOf(needs);
        tiers = List.copyOf(tiers);
    }

    /**
     * Pupils at SEN Support whose cycle in progress is in this tier (code and name null: no tier, or no cycle in
     * progress), and how many of them had a cycle reviewed in the last term. Requests are not counted by tier.
     */
    public record Tier(String code, String name, SupportFigures figures) {
    }

    public record Footprint(long footprintId, String name, SupportFigures figures) {
    }

    public record Need(NeedCode need, SupportFigures figures) {
    }

    /** One school's line. */
    public record School(long settingId, String name, String footprintName, SupportFigures figures) {
    }
}
