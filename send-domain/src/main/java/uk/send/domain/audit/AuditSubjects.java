package uk.send.domain.audit;

/**
 * How a module tells the audit trail which of its records are about a child, so that "everything about this
 * child" includes them without the domain knowing the module's tables. A module declares one bean per kind of
 * record it audits against something other than the child.
 */
public interface AuditSubjects {

    /** The entity type the module records, such as {@code ASSESSMENT}. */
    String entityType();

    /**
     * SQL selecting the ids (as text) of the records of {@link #entityType()} about the child bound as
     * {@code :child}, for example {@code select id::text from needs_assessment where child_id = :child}.
     * Written by the module, never built from input.
     */
    String idsAboutChild();

    static AuditSubjects of(String entityType, String idsAboutChild) {
        record Subjects(String entityType, String idsAboutChild) implements AuditSubjects {
        }
        return new Subjects(entityType, idsAboutChild);
    }
}
