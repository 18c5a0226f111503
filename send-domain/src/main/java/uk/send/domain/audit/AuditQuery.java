package uk.send.domain.audit;

import java.time.LocalDate;

/**
 * What the administrator is looking for in the audit trail. Every part is optional.
 *
 * @param person  the email of who did it (case does not matter)
 * @param childId entries about this child: their record, and every record another module says is theirs
 *                (see {@link AuditSubjects})
 * @param action  what was done
 * @param from    on or after this day (UK time)
 * @param to      on or before this day (UK time)
 */
public record AuditQuery(String person, Long childId, AuditAction action, LocalDate from, LocalDate to) {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public boolean isEmpty() {
        return equals(ALL);
    }
}
