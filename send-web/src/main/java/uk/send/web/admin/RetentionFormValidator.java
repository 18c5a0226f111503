package uk.send.web.admin;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import uk.send.domain.retention.RetentionPeriod;

/**
 * A retention period: years a whole number from 0 to 100, months from 0 to 11 (either left empty counts as 0), and
 * together at least a month.
 */
@Component
class RetentionFormValidator implements Validator {

    private static final Pattern WHOLE = Pattern.compile("[0-9]{1,3}");

    @Override
    public boolean supports(Class<?> type) {
        return RetentionForm.class.equals(type);
    }

    @Override
    public void validate(Object target, Errors errors) {
        RetentionForm form = (RetentionForm) target;
        boolean yearsRead = check(errors, "years", form.years(), RetentionPeriod.MAX_YEARS);
        boolean monthsRead = check(errors, "months", form.months(), 11);
        if (yearsRead && monthsRead && number(form.years()) == 0 && number(form.months()) == 0) {
            Text.reject(errors, "years", "admin.retention.period.none");
        }
    }

    private static boolean check(Errors errors, String field, String value, int max) {
        if (errors.hasFieldErrors(field)) {
            return false;
        }
        if (!Text.isBlank(value) && !WHOLE.matcher(value.trim()).matches()) {
            errors.rejectValue(field, "admin.retention." + field + ".invalid");
            return false;
        }
        if (number(value) > max) {
            errors.rejectValue(field, "admin.retention." + field + ".range");
            return false;
        }
        return true;
    }

    /** A checked field's number: empty is 0. */
    static int number(String value) {
        return Text.isBlank(value) ? 0 : Integer.parseInt(value.trim());
    }
}
