package uk.send.domain.reference;

/**
 * A Unique Pupil Number: a check letter, then the LA number (3 digits), establishment number (4),
 * year (2) and serial (3). A temporary UPN ends in a letter instead of the last serial digit.
 *
 * <p>Construct with {@link #of(String)}, which trims and upper-cases; the constructor accepts only the
 * normalised form. {@link #toString()} shows only the last three characters.
 */
public record Upn(String value) {

    /** Letters used for the check letter and for the last character of a temporary UPN: no I, O or S. */
    static final String ALPHABET = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private static final int LENGTH = 13;

    public Upn {
        if (value == null) {
            throw new NullPointerException("UPN is required");
        }
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("UPN must be 13 characters");
        }
        if (value.charAt(0) != checkLetterFor(value.substring(1))) {
            throw new IllegalArgumentException("UPN check letter does not match");
        }
    }

    public static Upn of(String value) {
        return new Upn(Characters.normalise(value, "UPN"));
    }

    /** True when {@link #of(String)} would accept {@code value}; false for null. */
    public static boolean isValid(String value) {
        return Characters.accepts(value, Upn::of);
    }

    /**
     * The check letter for the twelve characters that follow it: weights 2..13, a final letter counts
     * as its index in {@link #ALPHABET}, sum modulo 23 mapped onto {@link #ALPHABET}.
     */
    public static char checkLetterFor(String twelveCharsAfterCheck) {
        String rest = twelveCharsAfterCheck;
        if (rest == null || rest.length() != LENGTH - 1) {
            throw new IllegalArgumentException("UPN check letter needs the 12 characters after it");
        }
        if (!Characters.allAsciiDigits(rest, 0, LENGTH - 2)) {
            throw new IllegalArgumentException("UPN characters 2 to 12 must be digits");
        }
        char last = rest.charAt(LENGTH - 2);
        if (!Characters.isAsciiDigit(last) && ALPHABET.indexOf(last) < 0) {
            throw new IllegalArgumentException("UPN character 13 must be a digit or a letter other than I, O and S");
        }
        int sum = 0;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            int number = Characters.isAsciiDigit(c) ? c - '0' : ALPHABET.indexOf(c);
            sum += number * (i + 2);
        }
        return ALPHABET.charAt(sum % ALPHABET.length());
    }

    /** Builds a valid permanent UPN, for demo and test data. */
    public static Upn generate(int laNumber, int establishment, int year2digits, int serial) {
        requireRange(laNumber, 999, "LA number");
        requireRange(establishment, 9999, "Establishment number");
        requireRange(year2digits, 99, "Year");
        requireRange(serial, 999, "Serial");
        String rest = String.format("%03d%04d%02d%03d", laNumber, establishment, year2digits, serial);
        return new Upn(checkLetterFor(rest) + rest);
    }

    private static void requireRange(int number, int max, String what) {
        if (number < 0 || number > max) {
            throw new IllegalArgumentException(what + " must be 0 to " + max);
        }
    }

    /** A temporary UPN ends in a letter. */
    public boolean isTemporary() {
        return !Characters.isAsciiDigit(value.charAt(LENGTH - 1));
    }

    /** Characters 2 to 4: the DfE number of the local authority that allocated the UPN. */
    public String laNumber() {
        return value.substring(1, 4);
    }

    @Override
    public String toString() {
        return "Upn[" + Characters.mask(value, 3) + "]";
    }
}
