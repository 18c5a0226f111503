package uk.send.domain.children;

import java.time.LocalDate;
import java.util.Objects;

import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;

/**
 * Command: a pupil on roll at the SENCO's school whom the service does not know yet (issue 18). The UPN is required
 * (every pupil in a state school has one; it is how a later school finds them), the NHS number and the home postcode
 * are optional. The home footprint is the postcode's, or the school's when there is none or it is in no footprint.
 */
public record NewPupil(String givenName, String familyName, LocalDate dateOfBirth, Upn upn, NhsNumber nhsNumber,
                       Postcode homePostcode) {

    public NewPupil {
        Objects.requireNonNull(givenName, "given name");
        Objects.requireNonNull(familyName, "family name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(upn, "UPN");
    }

    @Override
    public String toString() {
        return "NewPupil[]";
    }
}
