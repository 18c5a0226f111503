package uk.send.web.school;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;

import uk.send.pathway.support.SupportRefusal;
import uk.send.web.support.DateFields;
import uk.send.web.support.RefusalArguments;

/**
 * What the SEN Support forms check beyond the shared input mechanism: what is required, real dates, and a
 * refusal from the pathway put on the field it is about, so the page shows it with everything typed kept.
 */
final class SupportFormChecks {

    private SupportFormChecks() {
    }

    static void required(Errors errors, String field, Object value, String key) {
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        if (blank && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    /** A real date, required: empty with a field error on the first field when it is not one. */
    static Optional<LocalDate> date(Errors errors, String first, String day, String month, String year, String key) {
        Optional<LocalDate> date = DateFields.parse(day, month, year);
        if (date.isEmpty() && !errors.hasFieldErrors(first)) {
            errors.rejectValue(first, key);
        }
        return date;
    }

    /** An optional date: all three fields empty is none; anything else must be a real date. */
    static Optional<LocalDate> optionalDate(Errors errors, String first, String day, String month, String year, String key) {
        if (blank(day) && blank(month) && blank(year)) {
            return Optional.empty();
        }
        return date(errors, first, day, month, year, key);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** The version the page was opened at: a page with none is out of date, a conflict. */
    static int version(Integer value) {
        if (value == null) {
            throw new OptimisticLockingFailureException("The page carries no version");
        }
        return value;
    }

    /**
     * A refusal on its field: the date fields by their first field, the review date by its own, the needs by
     * theirs, and anything about the step itself on the form's main field.
     */
    static void reject(Errors errors, SupportRefusal refusal, String stepField) {
        String field = switch (refusal.field()) {
            case DATE -> "day";
            case REVIEW_DUE -> "reviewDay";
            case PRIMARY_NEED -> "primaryNeed";
            case SECONDARY_NEED -> "secondaryNeed";
            case DESTINATION -> "destination";
            case TIER -> "tier";
            case TEXT, STEP -> stepField;
        };
        Object[] arguments = RefusalArguments.of(refusal.arguments());
        errors.rejectValue(field, refusal.key(), arguments, refusal.getMessage());
    }
}
