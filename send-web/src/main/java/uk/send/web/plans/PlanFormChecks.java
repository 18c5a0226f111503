package uk.send.web.plans;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;

import uk.send.domain.reference.Money;
import uk.send.web.support.DateFields;

/**
 * What the plan's forms check beyond the shared input mechanism (which has already checked every text's
 * length and characters, and converted every choice and id when the form was bound): what a plan needs
 * filled in, and a date that is a real date. Each failure is a field error on the field it is about, so the
 * page shows it again with everything typed kept.
 */
final class PlanFormChecks {

    private PlanFormChecks() {
    }

    /** Text the plan cannot do without: blank is a field error (unless binding has already found one). */
    static void required(Errors errors, String field, String value, String key) {
        if ((value == null || value.isBlank()) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    /** A real date from the three fields, or a field error on the first. */
    static Optional<LocalDate> date(Errors errors, String firstField, String day, String month, String year, String key) {
        Optional<LocalDate> date = DateFields.parse(day, month, year);
        if (date.isEmpty()) {
            errors.rejectValue(firstField, key);
        }
        return date;
    }

    /**
     * Pounds and pence, such as 2400 or 2,400.50 (a pound sign allowed), exactly (never a double), or a field error:
     * null when blank (the caller decides whether it is required) or not an amount.
     */
    static Long pence(Errors errors, String field, String text, String key) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String plain = text.strip().replaceFirst("^£", "").replace(",", "");
            if (plain.length() > 16) {
                throw new IllegalArgumentException("Too long");
            }
            return Money.ofPounds(plain).pence();
        } catch (RuntimeException notMoney) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, key);
            }
            return null;
        }
    }

    /**
     * The working copy's version the page was opened at. A page that carries none was not opened from this
     * service as it is now: the same as a stale page, a conflict (one that cannot be read is refused as a
     * conflict when the form is bound).
     */
    static int version(Integer value) {
        if (value == null) {
            throw new OptimisticLockingFailureException("The page carries no version of the plan");
        }
        return value;
    }
}
