package uk.send.pathway.support;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.NeedCode;

/**
 * A pupil's SEN Support record as the evidence of a school's request for an EHC needs assessment ("tell it once"):
 * the school, the needs, and every cycle with its outcomes, progress, provision and the child's and parents' views,
 * read from the record itself when the caseworker opens the case.
 */
public record SupportEvidence(long recordId, long childId, String settingName, NeedCode primaryNeed,
                              NeedCode secondaryNeed, LocalDate addedOn, LocalDate removedOn,
                              List<SupportPlanView> cycles) {

    public SupportEvidence {
        cycles = List.copyOf(cycles);
    }

    /** How many cycles were reviewed (a full assess-plan-do-review), not counting one in progress. */
    public long reviewedCycles() {
        return cycles.stream().filter(c -> c.status() == PlanStatus.REVIEWED).count();
    }
}
