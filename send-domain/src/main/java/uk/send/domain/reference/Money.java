package uk.send.domain.reference;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of money in pounds sterling, held as a whole number of pence. Never a double.
 * Arithmetic throws {@link ArithmeticException} rather than overflowing.
 */
public record Money(long pence) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);

    /** Optional minus, whole pounds, optional fraction: no currency sign, grouping or exponent. */
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");

    public static Money ofPence(long pence) {
        return new Money(pence);
    }

    /** Reads an amount such as "1234.56" or "-12"; refuses fractions of a penny instead of rounding them. */
    public static Money ofPounds(String pounds) {
        Objects.requireNonNull(pounds, "Amount is required");
        String text = pounds.strip();
        if (!PLAIN_DECIMAL.matcher(text).matches()) {
            throw new IllegalArgumentException("Amount must be a number of pounds such as 1234.56");
        }
        BigDecimal amount = new BigDecimal(text).stripTrailingZeros();
        if (amount.scale() > 2) {
            throw new IllegalArgumentException("Amount must have at most 2 decimal places");
        }
        try {
            return new Money(amount.movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Amount is too large", e);
        }
    }

    /** The total of {@code amounts}; zero when there are none. */
    public static Money sum(Collection<Money> amounts) {
        long total = 0;
        for (Money amount : amounts) {
            total = Math.addExact(total, amount.pence);
        }
        return new Money(total);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(pence, other.pence));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(pence, other.pence));
    }

    public Money times(int factor) {
        return new Money(Math.multiplyExact(pence, factor));
    }

    public boolean isNegative() {
        return pence < 0;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(pence, other.pence);
    }

    /** Pounds with exactly two decimal places. */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(pence, 2);
    }

    /** "£1,234.56", and "-£12.00" for a negative amount. */
    public String format() {
        String digits = String.format(Locale.UK, "%,.2f", toBigDecimal().abs());
        return (isNegative() ? "-£" : "£") + digits;
    }
}
