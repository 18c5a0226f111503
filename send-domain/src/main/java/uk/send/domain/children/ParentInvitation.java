package uk.send.domain.children;

/** Command: invite a parent or carer to a child's record by email (creating or linking their account). */
public record ParentInvitation(String givenName, String familyName, Relationship relationship, String email) {

    @Override
    public String toString() {
        return "ParentInvitation[relationship=" + relationship + "]";
    }
}
