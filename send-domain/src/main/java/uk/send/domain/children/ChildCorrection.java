package uk.send.domain.children;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;

/**
 * Command: an administrator's correction of a child's details. The home footprint follows the postcode as for a
 * new child ({@code footprintId} only when the postcode is in no footprint); a record with no postcode yet may
 * be left without one, keeping its footprint. {@code version} is the record's version when the page was opened.
 */
public record ChildCorrection(String givenName, String familyName, LocalDate dateOfBirth, Upn upn, NhsNumber nhsNumber,
                              Postcode homePostcode, Long footprintId, Long settingId, int version) {

    public ChildCorrection {
        Objects.requireNonNull(givenName, "given name");
        Objects.requireNonNull(familyName, "family name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
    }

    @Override
    public String toString() {
        return "ChildCorrection[version=" + version + "]";
    }
}
