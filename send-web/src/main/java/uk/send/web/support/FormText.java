package uk.send.web.support;

import java.lang.reflect.RecordComponent;
import java.util.Collection;

import org.springframework.util.ReflectionUtils;
import org.springframework.validation.Errors;

/**
 * The one check on typed text, made on every text component of every form record when it is bound
 * ({@link FormBinding}): no control character (NUL, escape, bell…; tabs and line breaks only in a
 * multi-line field) and no more characters than the column holds. A field gets one error: the first found.
 */
public final class FormText {

    /** Error codes; messages.properties has a general message for each and may have one per field. */
    static final String CONTROL = "text.control";
    static final String TOO_LONG = "text.tooLong";

    private FormText() {
    }

    /** Checks every {@link TextInput} component of a form record. */
    public static void check(Object form, Errors errors) {
        RecordComponent[] components = form.getClass().getRecordComponents();
        if (components == null) {
            return;
        }
        for (RecordComponent component : components) {
            TextInput text = component.getAnnotation(TextInput.class);
            if (text == null || errors.hasFieldErrors(component.getName())) {
                continue;
            }
            java.lang.reflect.Method accessor = component.getAccessor();
            ReflectionUtils.makeAccessible(accessor);
            Object value = ReflectionUtils.invokeMethod(accessor, form);
            if (value instanceof String s) {
                check(errors, component.getName(), s, text.max(), text.lines());
            } else if (value instanceof Collection<?> values) {
                for (Object each : values) {
                    if (each instanceof String s && !errors.hasFieldErrors(component.getName())) {
                        check(errors, component.getName(), s, text.max(), text.lines());
                    }
                }
            }
        }
    }

    /**
     * Rejects {@code field} when {@code value} holds a control character or is longer than {@code max}
     * characters; for a limit narrower than the component's (one step's column among several).
     */
    public static void check(Errors errors, String field, String value, int max, boolean lines) {
        if (value == null || errors.hasFieldErrors(field)) {
            return;
        }
        if (hasControlCharacter(value, lines)) {
            errors.rejectValue(field, CONTROL);
        } else if (length(value) > max) {
            errors.rejectValue(field, TOO_LONG, new Object[] {max}, null);
        }
    }

    /** True when the text has a character no page can show or store: C0 and C1 controls and DEL. */
    public static boolean hasControlCharacter(String value, boolean lines) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && !(lines && (c == '\t' || c == '\r' || c == '\n'))) {
                return true;
            }
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(++i)))) {
                return true;
            }
        }
        return false;
    }

    /** Characters as PostgreSQL's varchar(n) counts them: code points, so an emoji is one. */
    public static int length(String value) {
        return value.codePointCount(0, value.length());
    }
}
