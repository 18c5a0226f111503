package uk.send.pathway.support;

import java.time.LocalDate;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/**
 * A pupil on a school's SEN register: who, their provision and needs, since when, and their plan's review and tier
 * (the code of the cycle in progress's tier, null when it has none).
 */
public record RegisterEntry(long childId, String givenName, String familyName, LocalDate dateOfBirth, String upn,
                            SenProvision provision, NeedCode primaryNeed, NeedCode secondaryNeed, LocalDate addedOn,
                            Long planId, LocalDate reviewDue, RegisterStatus status, String tier) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    @Override
    public String toString() {
        return "RegisterEntry[childId=" + childId + "]";
    }
}
