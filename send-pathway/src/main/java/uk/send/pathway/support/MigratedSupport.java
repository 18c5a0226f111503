package uk.send.pathway.support;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.children.ChildRow;
import uk.send.domain.reference.NeedCode;

/**
 * Command: a pupil's SEN Support brought across from the system the council is leaving (docs/data-formats.md),
 * for a child already known by their migration reference or UPN (at least one given), at the setting given or
 * else the one they are on roll at. The natural key is the child with the date they were added: importing the
 * same row again changes nothing. {@code row} is the file's row, for the report of refused rows.
 */
public record MigratedSupport(int row, String childReference, String upn, Long settingId, LocalDate addedOn,
                              NeedCode primaryNeed, NeedCode secondaryNeed) implements ChildRow {

    public MigratedSupport {
        if (childReference == null && upn == null) {
            throw new IllegalArgumentException("A migrated SEN Support row names its child by reference or UPN");
        }
        Objects.requireNonNull(addedOn, "date added");
        Objects.requireNonNull(primaryNeed, "primary need");
        if (primaryNeed == secondaryNeed) {
            throw new IllegalArgumentException("The secondary need differs from the primary need");
        }
    }

    @Override
    public String toString() {
        return "MigratedSupport[row=" + row + "]";
    }
}
