package uk.send.domain.audit;

/**
 * An entry of the audit trail with the names a reader needs: who did it (their name as well as the email
 * they signed in with) and, for an entry about a child or an account, whose record it was.
 */
public record AuditLine(AuditEntry entry, String actorName, String subjectName) {
}
