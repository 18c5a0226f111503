package uk.send.web.children;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.NewChild;
import uk.send.domain.children.Relationship;
import uk.send.web.admin.CarerFormValidator;
import uk.send.web.admin.Text;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * "Record a child who is not on the system yet": the child, where they live, and one or two parents or carers
 * (the first required, the second when any of its fields is filled in). {@code differentChild} is set by the
 * likely-duplicates page when the person has said the child is not one of the records shown.
 */
record ChildForm(@TextInput(max = CarerFormValidator.NAME_MAX) String givenName,
                 @TextInput(max = CarerFormValidator.NAME_MAX) String familyName,
                 @Parsed String day, @Parsed String month, @Parsed String year,
                 @Parsed String upn, @Parsed String nhsNumber, @Parsed String homePostcode,
                 Long footprintId, Long settingId,
                 @TextInput(max = CarerFormValidator.NAME_MAX) String carerGivenName,
                 @TextInput(max = CarerFormValidator.NAME_MAX) String carerFamilyName,
                 Relationship carerRelationship, Boolean carerParentalResponsibility,
                 @TextInput(max = CarerFormValidator.PHONE_MAX) String carerPhone,
                 @TextInput(max = Text.EMAIL_MAX) String carerEmail,
                 @TextInput(max = CarerFormValidator.ADDRESS_MAX, lines = true) String carerAddress,
                 @TextInput(max = CarerFormValidator.NAME_MAX) String secondCarerGivenName,
                 @TextInput(max = CarerFormValidator.NAME_MAX) String secondCarerFamilyName,
                 Relationship secondCarerRelationship, Boolean secondCarerParentalResponsibility,
                 @TextInput(max = CarerFormValidator.PHONE_MAX) String secondCarerPhone,
                 @TextInput(max = Text.EMAIL_MAX) String secondCarerEmail,
                 @TextInput(max = CarerFormValidator.ADDRESS_MAX, lines = true) String secondCarerAddress,
                 Boolean differentChild) implements ChildFields {

    static ChildForm empty() {
        return new ChildForm("", "", "", "", "", "", "", "", null, null, "", "", null, null, "", "", "", "", "", null,
                null, "", "", "", null);
    }

    /** One carer's fields, read by prefix. */
    record CarerFields(String prefix, String givenName, String familyName, Relationship relationship,
                       Boolean parentalResponsibility, String phone, String email, String address) {

        boolean isBlank() {
            return Text.isBlank(givenName) && Text.isBlank(familyName) && relationship == null
                    && parentalResponsibility == null && Text.isBlank(phone) && Text.isBlank(email)
                    && Text.isBlank(address);
        }

        String field(String name) {
            return prefix + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        CarerDetails toDetails() {
            return new CarerDetails(givenName.strip(), familyName.strip(), relationship, parentalResponsibility,
                    Text.trimToNull(email), Text.trimToNull(phone), Text.trimToNull(address), null);
        }
    }

    CarerFields firstCarer() {
        return new CarerFields("carer", carerGivenName, carerFamilyName, carerRelationship, carerParentalResponsibility,
                carerPhone, carerEmail, carerAddress);
    }

    CarerFields secondCarer() {
        return new CarerFields("secondCarer", secondCarerGivenName, secondCarerFamilyName, secondCarerRelationship,
                secondCarerParentalResponsibility, secondCarerPhone, secondCarerEmail, secondCarerAddress);
    }

    /** The command, once the form is valid. */
    NewChild toCommand() {
        List<CarerDetails> carers = new ArrayList<>();
        carers.add(firstCarer().toDetails());
        if (!secondCarer().isBlank()) {
            carers.add(secondCarer().toDetails());
        }
        return new NewChild(givenName.strip(), familyName.strip(), dateOfBirth(), parsedUpn(), parsedNhsNumber(),
                parsedPostcode(), footprintId, settingId, carers);
    }

    /** Every field as the page would post it: carried through the likely-duplicates page in hidden fields. */
    Map<String, String> asFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        for (var component : ChildForm.class.getRecordComponents()) {
            if (component.getName().equals("differentChild")) {
                continue;
            }
            try {
                Object value = component.getAccessor().invoke(this);
                fields.put(component.getName(), value == null ? "" : Objects.toString(value));
            } catch (ReflectiveOperationException cannotHappen) {
                throw new IllegalStateException(cannotHappen);
            }
        }
        return fields;
    }

    @Override
    public String toString() {
        return "ChildForm[differentChild=" + differentChild + "]";
    }
}
