package uk.send.domain.children;

/**
 * A row of a later caseload migration file (EHC plans, SEN Support, top-up awards) that names its child by the
 * reference of the children file, by UPN, or by both. {@code row} is the file's row, for the report.
 */
public interface ChildRow {

    int row();

    String childReference();

    String upn();

    /** The column a problem with the child is reported in: the reference when it was given, else the UPN. */
    default String childColumn() {
        return childReference() != null ? "child_reference" : "upn";
    }
}
