package uk.send.domain.reference;

/**
 * A school or setting's Unique Reference Number from DfE's Get Information About Schools: six digits,
 * 100000 to 999999 (URNs never start with zero).
 */
public record Urn(String value) {

    public Urn {
        if (value == null) {
            throw new NullPointerException("URN is required");
        }
        if (value.length() != 6 || !Characters.allAsciiDigits(value, 0, value.length())) {
            throw new IllegalArgumentException("URN must be 6 digits");
        }
        if (value.charAt(0) == '0') {
            throw new IllegalArgumentException("URN must not start with 0");
        }
    }

    public static Urn of(String value) {
        return new Urn(Characters.normalise(value, "URN"));
    }

    /** True when {@link #of(String)} would accept {@code value}; false for null. */
    public static boolean isValid(String value) {
        return Characters.accepts(value, Urn::of);
    }
}
