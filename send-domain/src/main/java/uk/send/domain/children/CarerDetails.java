package uk.send.domain.children;

/** Command: a parent or carer to add to a child's record, optionally linked to a parent's account. */
public record CarerDetails(String givenName, String familyName, Relationship relationship,
                           boolean parentalResponsibility, String email, String phone, String address, Long accountId) {

    @Override
    public String toString() {
        return "CarerDetails[relationship=" + relationship + "]";
    }
}
