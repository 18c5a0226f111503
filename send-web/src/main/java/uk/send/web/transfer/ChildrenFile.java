package uk.send.web.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.NhsNumber;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.Upn;
import uk.send.domain.reference.Urn;

/**
 * The children migration template (docs/data-formats.md): one row a child, with their main parent or carer.
 * Each row is checked on its own (required values, lengths, the UPN's check letter, the NHS number's check
 * digit, dates, codes, a setting's URN); the checks only the database can make follow in the domain.
 */
final class ChildrenFile {

    static final List<String> COLUMNS = List.of("reference", "given_name", "family_name", "date_of_birth", "upn",
            "nhs_number", "home_postcode", "setting_urn", "carer_given_name", "carer_family_name", "carer_relationship",
            "carer_parental_responsibility", "carer_email", "carer_phone", "carer_address");

    private static final Pattern REFERENCE = Pattern.compile("[A-Za-z0-9/_.-]{1,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()-]{6,30}");

    private ChildrenFile() {
    }

    static FileRows<MigratedChild> check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today) {
        return FileRows.read(csv, row -> {
            String reference = row.required("reference", 30);
            if (reference != null && !REFERENCE.matcher(reference).matches()) {
                row.problem("reference", "reference.format");
                reference = null;
            }
            String given = row.required("given_name", 100);
            String family = row.required("family_name", 100);
            LocalDate born = row.dateOfBirth("date_of_birth", today);
            Upn upn = row.optional("upn", 13, "upn.check", Upn::isValid, Upn::of);
            NhsNumber nhs = row.optional("nhs_number", 12, "nhsNumber.check", NhsNumber::isValid, NhsNumber::of);
            Postcode postcode = null;
            String postcodeText = row.required("home_postcode", 8);
            if (postcodeText != null) {
                if (Postcode.isValid(postcodeText)) {
                    postcode = Postcode.of(postcodeText);
                } else {
                    row.problem("home_postcode", "postcode.format");
                }
            }
            Long settingId = null;
            String urn = row.text("setting_urn", 6);
            if (urn != null && !urn.isEmpty()) {
                settingId = Urn.isValid(urn) ? settingIds.get(Urn.of(urn).value()) : null;
                if (settingId == null) {
                    row.problem("setting_urn", Urn.isValid(urn) ? "setting.unknown" : "setting.format");
                }
            }
            String carerGiven = row.required("carer_given_name", 100);
            String carerFamily = row.required("carer_family_name", 100);
            Relationship relationship = row.relationship();
            Boolean responsibility = row.yesNo("carer_parental_responsibility");
            String email = row.text("carer_email", 254);
            if (email != null && !email.isEmpty() && !EMAIL.matcher(email).matches()) {
                row.problem("carer_email", "email.format");
            }
            String phone = row.text("carer_phone", 30);
            if (phone != null && !phone.isEmpty() && !PHONE.matcher(phone).matches()) {
                row.problem("carer_phone", "phone.format");
            }
            String address = row.text("carer_address", 500);
            return row.failed ? null : new MigratedChild(row.number, reference, given, family, born, upn, nhs, postcode,
                    settingId, new CarerDetails(carerGiven, carerFamily, relationship, responsibility,
                            blankToNull(email == null ? null : email.toLowerCase(Locale.ROOT)), blankToNull(phone),
                            blankToNull(address), null));
        });
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
