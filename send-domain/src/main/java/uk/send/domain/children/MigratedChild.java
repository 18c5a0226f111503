package uk.send.domain.children;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;

/**
 * Command: a child brought across from the system the council is leaving, keyed by the reference that system
 * gave them ({@code reference}, the natural key: importing the same child again updates, never duplicates),
 * with their main parent or carer. {@code row} is the file's row number, for the report of refused rows.
 * UPN, NHS number and setting are optional; the home footprint is the one the postcode is in.
 */
public record MigratedChild(int row, String reference, String givenName, String familyName, LocalDate dateOfBirth,
                            Upn upn, NhsNumber nhsNumber, Postcode homePostcode, Long settingId, CarerDetails carer) {

    public MigratedChild {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(givenName, "given name");
        Objects.requireNonNull(familyName, "family name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(homePostcode, "home postcode");
        Objects.requireNonNull(carer, "carer");
    }

    @Override
    public String toString() {
        return "MigratedChild[row=" + row + "]";
    }
}
