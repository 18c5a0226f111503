package uk.send.web.plans;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;

import uk.send.web.support.DateFields;

/**
 * The checks every plan form shares: text that fits its column and carries no control character, a date that
 * is a real date, a choice that is one of the choices, a number that is a number. Each failure is a field error
 * on the field it is about, so the page shows it again with everything typed kept.
 */
final class PlanFormChecks {

    private PlanFormChecks() {
    }

    /**
     * Required or optional text: not blank when required, no longer than the column (counted as PostgreSQL
     * counts, in characters, after trimming), and no control character (line breaks and tabs are allowed in
     * text areas).
     */
    static void text(Errors errors, String field, String value, int max, boolean multiline, String requiredKey) {
        if (value == null || value.isBlank()) {
            if (requiredKey != null) {
                errors.rejectValue(field, requiredKey);
            }
            return;
        }
        String trimmed = value.strip();
        if (trimmed.codePointCount(0, trimmed.length()) > max) {
            errors.rejectValue(field, "plan.error.tooLong", new Object[] {String.format(Locale.UK, "%,d", max)}, null);
            return;
        }
        if (hasControlCharacter(value, multiline)) {
            errors.rejectValue(field, "plan.error.controlCharacter");
        }
    }

    static boolean hasControlCharacter(String value, boolean multiline) {
        return value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                && !(multiline && (c == '\n' || c == '\r' || c == '\t')));
    }

    /** A real date from the three fields, or a field error on the first. */
    static Optional<LocalDate> date(Errors errors, String firstField, String day, String month, String year, String key) {
        Optional<LocalDate> date = DateFields.parse(day, month, year);
        if (date.isEmpty()) {
            errors.rejectValue(firstField, key);
        }
        return date;
    }

    /** One of an enum's values, or nothing when none is chosen; anything else is a field error. */
    static <E extends Enum<E>> E choice(Errors errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException notAChoice) {
            errors.rejectValue(field, "plan.error.notAChoice");
            return null;
        }
    }

    /** A whole number, or empty. */
    static Optional<Long> number(String value) {
        if (value == null || value.isBlank() || value.strip().length() > 18) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * The working copy's version the page was opened at. A page that carries none, or one that is not a
     * number, was not opened from this service as it is now: the same as a stale page, a conflict.
     */
    static int version(String value) {
        return number(value).filter(v -> v >= 0 && v <= Integer.MAX_VALUE).map(Long::intValue)
                .orElseThrow(() -> new OptimisticLockingFailureException("The page carries no version of the plan"));
    }
}
