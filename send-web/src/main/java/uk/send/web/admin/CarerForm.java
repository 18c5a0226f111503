package uk.send.web.admin;

import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.Relationship;
import uk.send.web.support.TextInput;

/** "Add a parent or carer" to a child's record, optionally linked to a parent's account. */
record CarerForm(@TextInput(max = CarerFormValidator.NAME_MAX) String givenName,
                 @TextInput(max = CarerFormValidator.NAME_MAX) String familyName, Relationship relationship,
                 Boolean parentalResponsibility, @TextInput(max = Text.EMAIL_MAX) String email,
                 @TextInput(max = CarerFormValidator.PHONE_MAX) String phone,
                 @TextInput(max = CarerFormValidator.ADDRESS_MAX, lines = true) String address, Long accountId) {

    static CarerForm empty() {
        return new CarerForm("", "", null, null, "", "", "", null);
    }

    CarerDetails toDetails() {
        return new CarerDetails(givenName.trim(), familyName.trim(), relationship, parentalResponsibility,
                Text.trimToNull(email), Text.trimToNull(phone), Text.trimToNull(address), accountId);
    }

    @Override
    public String toString() {
        return "CarerForm[relationship=" + relationship + "]";
    }
}
