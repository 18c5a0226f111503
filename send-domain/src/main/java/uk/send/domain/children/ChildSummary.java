package uk.send.domain.children;

import java.time.LocalDate;

import uk.send.domain.children.internal.Child;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/** A child in a list: enough to find the right one. */
public record ChildSummary(long id, String givenName, String familyName, LocalDate dateOfBirth, String upn,
                           String settingName, String footprintName, NeedCode primaryNeed, SenProvision senProvision) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    static ChildSummary of(Child c) {
        return new ChildSummary(c.getId(), c.getGivenName(), c.getFamilyName(), c.getDateOfBirth(),
                c.getUpn().map(u -> u.value()).orElse(null),
                c.getSetting() == null ? null : c.getSetting().getName(),
                c.getHomeFootprint().getName(), c.getPrimaryNeed(), c.getSenProvision());
    }

    @Override
    public String toString() {
        return "ChildSummary[id=" + id + "]";
    }
}
