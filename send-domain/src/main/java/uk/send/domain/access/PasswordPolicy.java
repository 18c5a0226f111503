package uk.send.domain.access;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Password rules in the NCSC and NIST SP 800-63B style: length over complexity. At least
 * {@value #MIN_LENGTH} and at most {@value #MAX_LENGTH} characters (Unicode code points), no rules about
 * mixing digits or symbols, and refusal of passwords that are very common, built on the user's email
 * address, or trivially predictable.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    /** An email local part shorter than this is too likely to occur by chance to be refused. */
    private static final int MIN_EMAIL_LOCAL_PART = 4;

    /** Patterns up to this long repeated to fill the password ("abababab...", "123412341234") are refused. */
    private static final int MAX_REPEATED_PATTERN = 4;

    /** Every problem {@code password} has, in {@link PasswordProblem} order; empty when it is acceptable. */
    public List<PasswordProblem> check(String password, String email) {
        Objects.requireNonNull(password, "password is required");
        List<PasswordProblem> problems = new ArrayList<>();
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            problems.add(PasswordProblem.TOO_SHORT);
        }
        if (length > MAX_LENGTH) {
            problems.add(PasswordProblem.TOO_LONG);
        }
        if (CommonPasswords.contains(password)) {
            problems.add(PasswordProblem.TOO_COMMON);
        }
        if (containsEmail(password, email)) {
            problems.add(PasswordProblem.CONTAINS_EMAIL);
        }
        if (isPredictable(password)) {
            problems.add(PasswordProblem.TOO_PREDICTABLE);
        }
        return Collections.unmodifiableList(problems);
    }

    public boolean isAcceptable(String password, String email) {
        return check(password, email).isEmpty();
    }

    private static boolean containsEmail(String password, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String lowerPassword = password.strip().toLowerCase(Locale.ROOT);
        String lowerEmail = email.strip().toLowerCase(Locale.ROOT);
        if (lowerPassword.equals(lowerEmail)) {
            return true;
        }
        int at = lowerEmail.lastIndexOf('@');
        String localPart = at < 0 ? lowerEmail : lowerEmail.substring(0, at);
        return localPart.length() >= MIN_EMAIL_LOCAL_PART && lowerPassword.contains(localPart);
    }

    /** One character repeated, a run of consecutive digits or letters (either way, wrapping), or a short pattern repeated. */
    static boolean isPredictable(String password) {
        int[] chars = password.strip().toLowerCase(Locale.ROOT).codePoints().toArray();
        if (chars.length < 2) {
            return true;
        }
        return isRepeatedPattern(chars) || isSequence(chars, 1) || isSequence(chars, -1);
    }

    private static boolean isRepeatedPattern(int[] chars) {
        for (int period = 1; period <= MAX_REPEATED_PATTERN && period < chars.length; period++) {
            if (repeatsWithPeriod(chars, period)) {
                return true;
            }
        }
        return false;
    }

    private static boolean repeatsWithPeriod(int[] chars, int period) {
        for (int i = period; i < chars.length; i++) {
            if (chars[i] != chars[i - period]) {
                return false;
            }
        }
        return true;
    }

    /** Every character is the one before plus {@code step}, within 0-9 or a-z, wrapping round (9 to 0, z to a). */
    private static boolean isSequence(int[] chars, int step) {
        for (int i = 1; i < chars.length; i++) {
            if (!follows(chars[i - 1], chars[i], step)) {
                return false;
            }
        }
        return true;
    }

    private static boolean follows(int previous, int current, int step) {
        if (isIn(previous, '0', '9') && isIn(current, '0', '9')) {
            return Math.floorMod(previous - '0' + step, 10) == current - '0';
        }
        if (isIn(previous, 'a', 'z') && isIn(current, 'a', 'z')) {
            return Math.floorMod(previous - 'a' + step, 26) == current - 'a';
        }
        return false;
    }

    private static boolean isIn(int c, char low, char high) {
        return c >= low && c <= high;
    }
}
