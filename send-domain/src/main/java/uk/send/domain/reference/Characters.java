package uk.send.domain.reference;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** Small text helpers shared by the identifier value types; ASCII only, because identifiers are ASCII. */
final class Characters {

    private Characters() {
    }

    /** Trims surrounding whitespace and upper-cases; {@code what} names the value in the null message. */
    static String normalise(String raw, String what) {
        Objects.requireNonNull(raw, () -> what + " is required");
        return raw.strip().toUpperCase(Locale.ROOT);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** True when every character in {@code [from, to)} is an ASCII digit (Character.isDigit would accept other scripts). */
    static boolean allAsciiDigits(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isAsciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Shows only the last {@code visible} characters, so identifiers can appear in logs without being disclosed. */
    static String mask(String value, int visible) {
        int hidden = Math.max(0, value.length() - visible);
        return "*".repeat(hidden) + value.substring(hidden);
    }

    /** True when {@code factory} accepts {@code value}: it neither is null nor makes the factory throw IllegalArgumentException. */
    static boolean accepts(String value, Function<String, ?> factory) {
        if (value == null) {
            return false;
        }
        try {
            factory.apply(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
