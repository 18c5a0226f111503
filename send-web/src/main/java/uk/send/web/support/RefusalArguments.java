package uk.send.web.support;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;

import uk.send.domain.reference.Money;

/**
 * The values a module's refusal carries for its words, as a page shows them: a date in full ("3 March 2027"), an
 * amount of money in pounds; anything else as it is. The one place every controller that puts a refusal on its
 * field turns them into message arguments.
 */
public final class RefusalArguments {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private RefusalArguments() {
    }

    public static Object[] of(Object[] values) {
        return Arrays.stream(values)
                .map(a -> a instanceof LocalDate d ? LONG_DATE.format(d) : a instanceof Money m ? m.format() : a)
                .toArray();
    }

    public static Object[] of(java.util.Collection<?> values) {
        return of(values.toArray());
    }
}
