package uk.send.web.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;

import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.MigrationProblem;
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
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 2);

    /** The rows that can be imported, and the problems of those that cannot. */
    record Checked(List<MigratedChild> children, List<MigrationProblem> problems, int rows) {
    }

    private ChildrenFile() {
    }

    static Checked check(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today) {
        List<MigratedChild> children = new ArrayList<>();
        List<MigrationProblem> problems = new ArrayList<>();
        for (CSVRecord record : csv.records()) {
            Row row = new Row(csv, record, problems);
            String reference = row.required("reference", 30);
            if (reference != null && !REFERENCE.matcher(reference).matches()) {
                row.problem("reference", "reference.format");
                reference = null;
            }
            String given = row.required("given_name", 100);
            String family = row.required("family_name", 100);
            LocalDate born = row.date("date_of_birth", today);
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
            if (!row.failed) {
                children.add(new MigratedChild(row.number, reference, given, family, born, upn, nhs, postcode, settingId,
                        new CarerDetails(carerGiven, carerFamily, relationship, responsibility,
                                blankToNull(email == null ? null : email.toLowerCase(Locale.ROOT)), blankToNull(phone),
                                blankToNull(address), null)));
            }
        }
        return new Checked(children, problems, csv.records().size());
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** One row's values, and the problems found in it. */
    private static final class Row {
        final UploadedCsv csv;
        final CSVRecord record;
        final List<MigrationProblem> problems;
        final int number;
        boolean failed;

        Row(UploadedCsv csv, CSVRecord record, List<MigrationProblem> problems) {
            this.csv = csv;
            this.record = record;
            this.problems = problems;
            this.number = UploadedCsv.row(record);
        }

        void problem(String column, String problem) {
            problems.add(new MigrationProblem(number, column, problem));
            failed = true;
        }

        /** The column's text, trimmed; null (with a problem) when too long or holding control characters. */
        String text(String column, int max) {
            String value = csv.value(record, column).strip();
            if (value.length() > max) {
                problem(column, "tooLong");
                return null;
            }
            if (value.chars().anyMatch(Character::isISOControl)) {
                problem(column, "control");
                return null;
            }
            return value;
        }

        String required(String column, int max) {
            String value = text(column, max);
            if (value != null && value.isEmpty()) {
                problem(column, "required");
                return null;
            }
            return value;
        }

        <T> T optional(String column, int max, String problem, java.util.function.Predicate<String> valid,
                       java.util.function.Function<String, T> parse) {
            String value = text(column, max);
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (!valid.test(value)) {
                problem(column, problem);
                return null;
            }
            return parse.apply(value);
        }

        LocalDate date(String column, LocalDate today) {
            String value = required(column, 10);
            if (value == null) {
                return null;
            }
            LocalDate date;
            try {
                date = value.contains("/") ? LocalDate.parse(value, UK_DATE) : LocalDate.parse(value);
            } catch (DateTimeParseException notADate) {
                problem(column, "date.format");
                return null;
            }
            if (date.isAfter(today)) {
                problem(column, "date.future");
                return null;
            }
            if (date.isBefore(EARLIEST) || !date.plusYears(26).isAfter(today)) {
                problem(column, "date.tooOld");
                return null;
            }
            return date;
        }

        Relationship relationship() {
            String value = required("carer_relationship", 30);
            if (value == null) {
                return null;
            }
            try {
                return Relationship.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_'));
            } catch (IllegalArgumentException unknown) {
                problem("carer_relationship", "relationship.unknown");
                return null;
            }
        }

        Boolean yesNo(String column) {
            String value = text(column, 3);
            if (value == null) {
                return null;
            }
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "", "yes", "y" -> true;
                case "no", "n" -> false;
                default -> {
                    problem(column, "yesNo");
                    yield null;
                }
            };
        }
    }
}
