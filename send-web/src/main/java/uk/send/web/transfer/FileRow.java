package uk.send.web.transfer;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVRecord;

import uk.send.domain.children.MigrationProblem;
import uk.send.domain.children.Relationship;

/** One row of a migration file: its values, read and checked column by column, and the problems found in it. */
final class FileRow {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 2);
    private static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    final UploadedCsv csv;
    final CSVRecord record;
    final List<MigrationProblem> problems;
    final int number;
    boolean failed;

    FileRow(UploadedCsv csv, CSVRecord record, List<MigrationProblem> problems) {
        this.csv = csv;
        this.record = record;
        this.problems = problems;
        this.number = UploadedCsv.row(record);
    }

    /** Whether this row already has a problem in the column (so a later rule does not say it twice). */
    boolean failedIn(String column) {
        for (int i = problems.size() - 1; i >= 0 && problems.get(i).row() == number; i--) {
            if (problems.get(i).column().equals(column)) {
                return true;
            }
        }
        return false;
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

    /** A date of birth: a real date, not in the future, of someone under 26 (the service's 0 to 25). */
    LocalDate dateOfBirth(String column, LocalDate today) {
        LocalDate date = date(column, today, true, "date.future", "date.tooOld");
        if (date != null && (date.isBefore(EARLIEST) || !date.plusYears(26).isAfter(today))) {
            problem(column, "date.tooOld");
            return null;
        }
        return date;
    }

    /**
     * A date that has happened (YYYY-MM-DD or DD/MM/YYYY), not before 1990; null when the column is empty and
     * not {@code required}, or (with a problem) when it is not such a date.
     */
    LocalDate date(String column, LocalDate today, boolean required) {
        return date(column, today, required, "date.notYet", "date.tooEarly");
    }

    /** A date past or to come (an award's end, its review), 1990 to 2100; null when empty and not required. */
    LocalDate anyDate(String column, boolean required) {
        return date(column, LATEST, required, "date.tooLate", "date.tooEarly");
    }

    private LocalDate date(String column, LocalDate today, boolean required, String futureKey, String earlyKey) {
        String value = required ? required(column, 10) : text(column, 10);
        if (value == null || value.isEmpty()) {
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
            problem(column, futureKey);
            return null;
        }
        if (date.isBefore(EARLIEST)) {
            problem(column, earlyKey);
            return null;
        }
        return date;
    }

    /** A code of an enum, written as its name (any case, spaces for underscores); null when empty and optional. */
    <E extends Enum<E>> E code(String column, Class<E> type, boolean required, String unknownProblem) {
        String value = required ? required(column, 40) : text(column, 40);
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            problem(column, unknownProblem);
            return null;
        }
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
