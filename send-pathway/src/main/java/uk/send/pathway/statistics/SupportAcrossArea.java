package uk.send.pathway.statistics;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.NeedCode;

/**
 * SEN Support across the area (or a caseworker's footprints) on a day: by footprint and by need, with the total.
 *
 * @param reviewedAfter a cycle reviewed after this day counts as reviewed in the last term
 * @param requestsAfter requests received after this day are counted
 */
public record SupportAcrossArea(LocalDate today, LocalDate reviewedAfter, LocalDate requestsAfter,
                                List<Footprint> footprints, List<Need> needs, SupportFigures total) {

    public SupportAcrossArea {
        footprints = List.copyOf(footprints);
        needs = List.copyOf(needs);
    }

    public record Footprint(long footprintId, String name, SupportFigures figures) {
    }

    public record Need(NeedCode need, SupportFigures figures) {
    }

    /** One school's line. */
    public record School(long settingId, String name, String footprintName, SupportFigures figures) {
    }
}
