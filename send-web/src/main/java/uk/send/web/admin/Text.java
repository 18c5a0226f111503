package uk.send.web.admin;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/** Checks on typed text that several admin forms make. */
final class Text {

    static final int EMAIL_MAX = 254;

    /** Something, an @, something with a dot: enough to catch a typing slip, not a full RFC 5322 check. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Text() {
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.trim()).matches();
    }

    /** Rejects the field when blank (with {@code requiredCode}) or longer than {@code max} characters once trimmed. */
    static void required(Errors errors, String field, String value, int max, String requiredCode, String tooLongCode) {
        if (isBlank(value)) {
            errors.rejectValue(field, requiredCode);
        } else {
            maxLength(errors, field, value, max, tooLongCode);
        }
    }

    /** Rejects the field when, trimmed, it is longer than {@code max} characters. */
    static void maxLength(Errors errors, String field, String value, int max, String tooLongCode) {
        if (value != null && value.trim().length() > max) {
            errors.rejectValue(field, tooLongCode, new Object[] {max}, null);
        }
    }

    /** An optional email address: well-formed and not too long when given. */
    static void optionalEmail(Errors errors, String field, String value) {
        if (isBlank(value)) {
            return;
        }
        if (!isEmail(value)) {
            errors.rejectValue(field, "admin.email.invalid");
        } else {
            maxLength(errors, field, value, EMAIL_MAX, "admin.email.tooLong");
        }
    }

    /** Trimmed, or null when blank. */
    static String trimToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
