package uk.send.domain.audit;

/**
 * One part of a subject access export: a module's records about a child, as the rows of one SQL query. Each
 * module declares a bean per kind of record it holds about a child, so the export always covers every module
 * without the domain knowing their tables.
 */
public interface SubjectAccessSection {

    /** The file's name in the export, such as {@code assessments}: lower case letters, digits and hyphens. */
    String name();

    /** What the file holds, in words, for the export's contents page. */
    String description();

    /**
     * SQL selecting the rows about the child bound as {@code :child}; its columns become the file's header.
     * Written by the module, never built from input.
     */
    String sql();

    static SubjectAccessSection of(String name, String description, String sql) {
        record Section(String name, String description, String sql) implements SubjectAccessSection {
        }
        return new Section(name, description, sql);
    }
}
