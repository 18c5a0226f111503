package uk.send.web.funding;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.Errors;

import uk.send.domain.reference.Money;
import uk.send.funding.topup.FundingRefusal;
import uk.send.web.support.DateFields;
import uk.send.web.support.RefusalArguments;

/**
 * What the funding forms check beyond the shared input mechanism: what is required, real dates, amounts of money,
 * and a refusal from the funding module put on the field it is about (with amounts and dates in words).
 */
final class FundingFormChecks {

    private FundingFormChecks() {
    }

    static void required(Errors errors, String field, Object value, String key) {
        boolean blank = value == null || (value instanceof String s && s.isBlank());
        if (blank && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, key);
        }
    }

    /** A real date, required: empty with a field error on the day field when it is not one. */
    static Optional<LocalDate> date(Errors errors, String dayField, String day, String month, String year, String key) {
        Optional<LocalDate> date = DateFields.parse(day, month, year);
        if (date.isEmpty() && !errors.hasFieldErrors(dayField)) {
            errors.rejectValue(dayField, key);
        }
        return date;
    }

    /** Pounds and pence, such as 6000 or 6,000.50 (a pound sign allowed), from 0 to the maximum; null when not. */
    static Long pence(Errors errors, String field, String text, long max, boolean zeroAllowed, String key) {
        try {
            String plain = text == null ? "" : text.strip().replaceFirst("^£", "").replace(",", "");
            if (plain.length() > 16) {
                throw new IllegalArgumentException("Too long");
            }
            Money money = Money.ofPounds(plain);
            if (money.isNegative() || money.pence() > max || (!zeroAllowed && money.pence() == 0)) {
                throw new IllegalArgumentException("Out of range");
            }
            return money.pence();
        } catch (RuntimeException notMoney) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, key, new Object[] {Money.ofPence(max).format()}, null);
            }
            return null;
        }
    }

    /** A whole number from min to max, such as 12; null (with a field error) when not. */
    static Integer count(Errors errors, String field, String text, int min, int max, String key) {
        try {
            String plain = text == null ? "" : text.strip().replace(",", "");
            if (plain.length() > 7) {
                throw new IllegalArgumentException("Too long");
            }
            int n = Integer.parseInt(plain);
            if (n < min || n > max) {
                throw new IllegalArgumentException("Out of range");
            }
            return n;
        } catch (RuntimeException notANumber) {
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, key, new Object[] {min, max}, null);
            }
            return null;
        }
    }

    static int version(Integer value) {
        if (value == null) {
            throw new OptimisticLockingFailureException("The page carries no version");
        }
        return value;
    }

    /** A refusal on its field; fields a form does not have go on the form's main field. */
    static void reject(Errors errors, FundingRefusal refusal, Map<FundingRefusal.Field, String> fields, String main) {
        String field = fields.getOrDefault(refusal.field(), main);
        Object[] arguments = RefusalArguments.of(refusal.arguments());
        errors.rejectValue(field, refusal.key(), arguments, refusal.getMessage());
    }
}
