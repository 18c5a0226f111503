package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.children.ChildRow;
import uk.send.domain.reference.NeedCode;

/**
 * Command: an EHC plan brought across from the system the council is leaving (docs/data-formats.md), for a child
 * already known by their migration reference or UPN (at least one given). The natural key is the child with the
 * date the plan was first issued as final: importing the same plan again changes nothing. A plan in force names
 * its setting; a ceased one says when and why (a SEN2 reason). {@code row} is the file's row, for the report.
 */
public record MigratedPlan(int row, String childReference, String upn, LocalDate issuedOn, Status status,
                           long settingId, NeedCode primaryNeed, LocalDate lastReviewOn, LocalDate ceasedOn,
                           CeaseReason ceaseReason) implements ChildRow {

    /** Whether the plan is in force or ceased. */
    public enum Status {
        ACTIVE, CEASED
    }

    public MigratedPlan {
        if (childReference == null && upn == null) {
            throw new IllegalArgumentException("A migrated plan names its child by reference or UPN");
        }
        Objects.requireNonNull(issuedOn, "issue date");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(primaryNeed, "primary need");
        if ((status == Status.CEASED) != (ceasedOn != null && ceaseReason != null)) {
            throw new IllegalArgumentException("A ceased plan says when and why, a plan in force neither");
        }
    }

    @Override
    public String toString() {
        return "MigratedPlan[row=" + row + "]";
    }
}
