package uk.send.web.admin;

import java.util.regex.Pattern;

import org.springframework.validation.Errors;

/**
 * Checks on typed text that several admin forms make. Length and control characters are checked for
 * every text field when the form is bound ({@link uk.send.web.support.FormText}); these add what a field
 * needs on top, and leave alone a field already in error (one error per field).
 */
public final class Text {

    public static final int EMAIL_MAX = 254;

    /** Something, an @, something with a dot: enough to catch a typing slip, not a full RFC 5322 check. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private Text() {
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static boolean isEmail(String value) {
        return value != null && EMAIL.matcher(value.trim()).matches();
    }

    /** Rejects the field with {@code requiredCode} when it is blank. */
    public static void required(Errors errors, String field, String value, String requiredCode) {
        if (isBlank(value) && !errors.hasFieldErrors(field)) {
            errors.rejectValue(field, requiredCode);
        }
    }

    /** An optional email address: well-formed when given. */
    public static void optionalEmail(Errors errors, String field, String value) {
        if (!isBlank(value) && !errors.hasFieldErrors(field) && !isEmail(value)) {
            errors.rejectValue(field, "admin.email.invalid");
        }
    }

    /** Rejects a field not already in error. */
    public static void reject(Errors errors, String field, String code) {
        if (!errors.hasFieldErrors(field)) {
            errors.rejectValue(field, code);
        }
    }

    /** Trimmed, or null when blank. */
    public static String trimToNull(String value) {
        return isBlank(value) ? null : value.trim();
    }
}
