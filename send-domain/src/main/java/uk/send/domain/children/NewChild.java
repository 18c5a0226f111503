package uk.send.domain.children;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;

/**
 * Command: a child not yet known to the service, with their parents or carers. The home footprint is the
 * one the postcode is in; {@code footprintId} is used only when the postcode's district and area are in no
 * footprint (a family newly arrived from outside the area the council has described). UPN, NHS number and
 * setting are optional.
 */
public record NewChild(String givenName, String familyName, LocalDate dateOfBirth, Upn upn, NhsNumber nhsNumber,
                       Postcode homePostcode, Long footprintId, Long settingId, List<CarerDetails> carers) {

    public NewChild {
        Objects.requireNonNull(givenName, "given name");
        Objects.requireNonNull(familyName, "family name");
        Objects.requireNonNull(dateOfBirth, "date of birth");
        Objects.requireNonNull(homePostcode, "home postcode");
        carers = List.copyOf(carers);
        if (carers.isEmpty()) {
            throw new IllegalArgumentException("A child is recorded with at least one parent or carer");
        }
    }

    @Override
    public String toString() {
        return "NewChild[carers=" + carers.size() + "]";
    }
}
