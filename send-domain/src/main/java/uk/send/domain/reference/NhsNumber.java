package uk.send.domain.reference;

/**
 * An NHS number: ten digits, the last a modulus 11 check digit over the first nine (weights 10..2).
 *
 * <p>{@link #of(String)} accepts spaces, as in "943 476 5919", and stores the digits only.
 * {@link #toString()} shows only the last four digits.
 */
public record NhsNumber(String value) {

    private static final int LENGTH = 10;
    private static final int NO_CHECK_DIGIT = 10;
    private static final long MAX_STEM = 999_999_999L;

    public NhsNumber {
        if (value == null) {
            throw new NullPointerException("NHS number is required");
        }
        if (!Characters.allAsciiDigits(value, 0, value.length())) {
            throw new IllegalArgumentException("NHS number must contain only digits");
        }
        if (value.length() != LENGTH) {
            throw new IllegalArgumentException("NHS number must be 10 digits");
        }
        if (checkDigitFor(value) != value.charAt(LENGTH - 1) - '0') {
            throw new IllegalArgumentException("NHS number check digit does not match");
        }
    }

    public static NhsNumber of(String value) {
        return new NhsNumber(Characters.normalise(value, "NHS number").replaceAll("\\s", ""));
    }

    /** True when {@link #of(String)} would accept {@code value}; false for null. */
    public static boolean isValid(String value) {
        return Characters.accepts(value, NhsNumber::of);
    }

    /**
     * The NHS number made from {@code nineDigitStem} (zero-padded) and its check digit, for demo and
     * test data. A stem with no valid check digit is skipped: the next stem is used instead, so
     * consecutive stems can give the same number.
     */
    public static NhsNumber generate(long nineDigitStem) {
        if (nineDigitStem < 0 || nineDigitStem > MAX_STEM) {
            throw new IllegalArgumentException("NHS number stem must be 0 to " + MAX_STEM);
        }
        // 999999999 has check digit 9, so the loop always ends inside the range.
        for (long stem = nineDigitStem; ; stem++) {
            String digits = String.format("%09d", stem);
            int check = checkDigitFor(digits);
            if (check != NO_CHECK_DIGIT) {
                return new NhsNumber(digits + check);
            }
        }
    }

    /** Check digit for the first nine digits of {@code digits}; 10 means no number with that stem is valid. */
    private static int checkDigitFor(String digits) {
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            sum += (digits.charAt(i) - '0') * (LENGTH - i);
        }
        int check = 11 - sum % 11;
        return check == 11 ? 0 : check;
    }

    /** The usual written form, "943 476 5919". */
    public String formatted() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }

    @Override
    public String toString() {
        return "NhsNumber[" + Characters.mask(value, 4) + "]";
    }
}
