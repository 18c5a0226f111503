package uk.send.domain.reference;

import java.util.regex.Pattern;

/**
 * A UK postcode, written as Royal Mail writes it: capitals, one space before the three-character inward code
 * ("SW1A 1AA"). Its outward code is the {@link #district()} ("SW1A"), whose leading letters are the
 * {@link #area()} ("SW"). A child's home footprint is found from the district, or failing that the area
 * ({@link ReferenceData#footprintForPostcode}).
 *
 * <p>Construct with {@link #of(String)}, which trims, upper-cases and puts the space in the right place.
 * {@link #toString()} shows only the district: a full postcode with a name identifies a home.
 */
public record Postcode(String value) {

    /** Outward code (area letters, district digit, optional digit or letter), a space, inward code. */
    private static final Pattern FORMAT = Pattern.compile("[A-Z]{1,2}[0-9][0-9A-Z]? [0-9][A-Z]{2}");
    private static final int INWARD = 3;

    public Postcode {
        if (value == null) {
            throw new NullPointerException("Postcode is required");
        }
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a UK postcode");
        }
    }

    public static Postcode of(String value) {
        String compact = Characters.normalise(value, "Postcode").replace(" ", "");
        if (compact.length() <= INWARD) {
            throw new IllegalArgumentException("Not a UK postcode");
        }
        int split = compact.length() - INWARD;
        return new Postcode(compact.substring(0, split) + " " + compact.substring(split));
    }

    /** True when {@link #of(String)} would accept {@code value}; false for null. */
    public static boolean isValid(String value) {
        return Characters.accepts(value, Postcode::of);
    }

    /** The outward code: "SW1A" of "SW1A 1AA". */
    public String district() {
        return value.substring(0, value.indexOf(' '));
    }

    /** The postcode area: the letters the district starts with, "SW" of "SW1A 1AA". */
    public String area() {
        String district = district();
        int digit = 0;
        while (!Characters.isAsciiDigit(district.charAt(digit))) {
            digit++;
        }
        return district.substring(0, digit);
    }

    @Override
    public String toString() {
        return "Postcode[" + district() + " ***]";
    }
}
