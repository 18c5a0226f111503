package uk.send.web.children;

import uk.send.domain.children.ChildCorrection;
import uk.send.domain.children.ChildRecord;
import uk.send.web.admin.CarerFormValidator;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/** "Correct a child's details": an administrator's fix of names, date of birth, identifiers, postcode, setting. */
record ChildDetailsForm(@TextInput(max = CarerFormValidator.NAME_MAX) String givenName,
                        @TextInput(max = CarerFormValidator.NAME_MAX) String familyName,
                        @Parsed String day, @Parsed String month, @Parsed String year,
                        @Parsed String upn, @Parsed String nhsNumber, @Parsed String homePostcode,
                        Long footprintId, Long settingId, Integer version) implements ChildFields {

    static ChildDetailsForm of(ChildRecord child) {
        var born = child.summary().dateOfBirth();
        return new ChildDetailsForm(child.summary().givenName(), child.summary().familyName(),
                String.valueOf(born.getDayOfMonth()), String.valueOf(born.getMonthValue()), String.valueOf(born.getYear()),
                child.summary().upn() == null ? "" : child.summary().upn(),
                child.nhsNumber() == null ? "" : child.nhsNumber(),
                child.homePostcode() == null ? "" : child.homePostcode(), null, child.settingId(), child.version());
    }

    ChildCorrection toCommand() {
        return new ChildCorrection(givenName.strip(), familyName.strip(), dateOfBirth(), parsedUpn(), parsedNhsNumber(),
                parsedPostcode(), footprintId, settingId, version);
    }

    @Override
    public String toString() {
        return "ChildDetailsForm[version=" + version + "]";
    }
}
