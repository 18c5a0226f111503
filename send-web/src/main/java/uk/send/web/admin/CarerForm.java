package uk.send.web.admin;

import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.Relationship;

/** "Add a parent or carer" to a child's record, optionally linked to a parent's account. */
record CarerForm(String givenName, String familyName, Relationship relationship, Boolean parentalResponsibility,
                 String email, String phone, Long accountId) {

    static CarerForm empty() {
        return new CarerForm("", "", null, null, "", "", null);
    }

    CarerDetails toDetails() {
        return new CarerDetails(givenName.trim(), familyName.trim(), relationship, parentalResponsibility,
                Text.trimToNull(email), Text.trimToNull(phone), accountId);
    }

    @Override
    public String toString() {
        return "CarerForm[relationship=" + relationship + "]";
    }
}
