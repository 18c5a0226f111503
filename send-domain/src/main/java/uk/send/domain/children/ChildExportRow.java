package uk.send.domain.children;

import java.time.LocalDate;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/** Read model: one child in an administrator's export. */
public record ChildExportRow(long id, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                             String upn, String nhsNumber, String homePostcode, String footprint, String settingUrn,
                             String settingName, SenProvision senProvision, NeedCode primaryNeed, NeedCode secondaryNeed) {

    @Override
    public String toString() {
        return "ChildExportRow[id=" + id + "]";
    }
}
