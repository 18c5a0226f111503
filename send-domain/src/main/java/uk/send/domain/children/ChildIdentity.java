package uk.send.domain.children;

import java.time.LocalDate;

import uk.send.domain.children.internal.Child;

/** Who a child is, and nothing more: enough for someone asked about them to know they have the right child. */
public record ChildIdentity(long id, String givenName, String familyName, LocalDate dateOfBirth) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    static ChildIdentity of(Child c) {
        return new ChildIdentity(c.getId(), c.getGivenName(), c.getFamilyName(), c.getDateOfBirth());
    }

    @Override
    public String toString() {
        return "ChildIdentity[id=" + id + "]";
    }
}
