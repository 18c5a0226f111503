package uk.send.web.children;

import java.time.LocalDate;

import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;
import uk.send.web.admin.Text;
import uk.send.web.support.DateFields;

/** The fields that say who a child is and where they live, on the new-child form and the correction form. */
interface ChildFields {

    String givenName();

    String familyName();

    String day();

    String month();

    String year();

    String upn();

    String nhsNumber();

    String homePostcode();

    Long footprintId();

    Long settingId();

    default LocalDate dateOfBirth() {
        return DateFields.parse(day(), month(), year()).orElseThrow();
    }

    default Upn parsedUpn() {
        return Text.isBlank(upn()) ? null : Upn.of(upn());
    }

    default NhsNumber parsedNhsNumber() {
        return Text.isBlank(nhsNumber()) ? null : NhsNumber.of(nhsNumber());
    }

    default Postcode parsedPostcode() {
        return Text.isBlank(homePostcode()) ? null : Postcode.of(homePostcode());
    }
}
