package uk.send.commissioning.disclosure;

/**
 * A count as it may be published: its value, or why it is not shown. A suppressed figure holds no value at all,
 * so nothing downstream (a page, a CSV file, a chart) can show what the policy hid.
 */
public record Figure(Long value, Suppression suppression) {

    /** Why a figure is not shown. */
    public enum Suppression {
        /** A count from 1 to 4 (primary suppression). */
        FEWER_THAN_FIVE,
        /** A figure from which a count of 1 to 4 could be worked out by subtraction (secondary suppression). */
        WITHHELD
    }

    public Figure {
        if ((value == null) == (suppression == null)) {
            throw new IllegalArgumentException("a figure has either a value or a reason it is not shown");
        }
    }

    public static Figure shown(long value) {
        return new Figure(value, null);
    }

    public static Figure suppressed(Suppression why) {
        return new Figure(null, why);
    }

    public boolean isShown() {
        return suppression == null;
    }

    /** The message key of the words shown instead of the value, null when the value is shown. */
    public String messageKey() {
        return suppression == null ? null : "disclosure." + suppression.name();
    }
}
