package uk.send.web.support;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** A date from the GOV.UK date input's day, month and year fields: empty when it is not a real date. */
public final class DateFields {

    private DateFields() {
    }

    public static Optional<LocalDate> parse(String day, String month, String year) {
        try {
            int y = Integer.parseInt(year.trim());
            if (y < 1900 || y > 2999) {
                return Optional.empty();
            }
            return Optional.of(LocalDate.of(y, Integer.parseInt(month.trim()), Integer.parseInt(day.trim())));
        } catch (NullPointerException | NumberFormatException | DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
