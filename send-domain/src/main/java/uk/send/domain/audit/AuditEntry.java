package uk.send.domain.audit;

import java.time.Instant;

/** One line of the audit trail, as read back. */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actor, AuditAction action,
                         String entityType, String entityId, String detail) {
}
