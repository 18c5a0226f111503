package uk.send.pathway.support;

import java.time.LocalDate;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/** A pupil on roll at the SENCO's setting, as the SEN Support pages need them. */
public record Pupil(long childId, String givenName, String familyName, LocalDate dateOfBirth, String upn,
                    SenProvision provision, NeedCode primaryNeed, NeedCode secondaryNeed) {

    public String fullName() {
        return givenName + " " + familyName;
    }

    @Override
    public String toString() {
        return "Pupil[childId=" + childId + "]";
    }
}
