package uk.send.pathway.support;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.regex.Pattern;

/** Hours a week, held as hundredths of an hour (1.5 hours is 150): never a float. */
public record WeeklyHours(int centihours) {

    /** The most hours a week one item of provision may take: a school week and then some. */
    public static final int MOST_CENTIHOURS = 4000;
    private static final Pattern PLAIN = Pattern.compile("\\d{1,3}(\\.\\d{1,2})?");

    public WeeklyHours {
        if (centihours < 0) {
            throw new IllegalArgumentException("Hours cannot be negative");
        }
    }

    /** Reads "1.5" or "2": at most two decimal places and at most 40 hours. */
    public static WeeklyHours parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!PLAIN.matcher(t).matches()) {
            throw new IllegalArgumentException("Hours must be a number such as 1.5");
        }
        int centihours = new BigDecimal(t).movePointRight(2).intValueExact();
        if (centihours > MOST_CENTIHOURS) {
            throw new IllegalArgumentException("At most 40 hours a week");
        }
        return new WeeklyHours(centihours);
    }

    public static WeeklyHours sum(Collection<WeeklyHours> hours) {
        int total = 0;
        for (WeeklyHours h : hours) {
            total = Math.addExact(total, h.centihours);
        }
        return new WeeklyHours(total);
    }

    /** "1.5", "3", "0.25". */
    public String format() {
        BigDecimal hours = BigDecimal.valueOf(centihours, 2).stripTrailingZeros();
        return hours.scale() < 0 ? hours.setScale(0).toPlainString() : hours.toPlainString();
    }
}
