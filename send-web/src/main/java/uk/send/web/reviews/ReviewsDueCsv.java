package uk.send.web.reviews;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import uk.send.pathway.plan.ReviewDue;

/**
 * The reviews due as CSV (RFC 4180), headed and worded with the labels the screen shows (from the messages), dates
 * as the screen writes them; safe to open in a spreadsheet: no cell can start a formula.
 */
final class ReviewsDueCsv {

    static final String[] HEADER_KEYS = {"reviews.column.name", "reviews.column.dateOfBirth", "reviews.column.upn",
            "reviews.column.footprint", "reviews.column.setting", "reviews.column.due", "reviews.column.status",
            "reviews.column.progress", "reviews.column.meeting"};

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final Function<String, String> messages;

    ReviewsDueCsv(Function<String, String> messages) {
        this.messages = messages;
    }

    String header() {
        return Stream.of(HEADER_KEYS).map(messages).map(ReviewsDueCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    String line(ReviewDue r) {
        return Stream.of(r.child().familyName() + ", " + r.child().givenName(), date(r.child().dateOfBirth()),
                        r.child().upn(), r.child().footprintName(), r.child().settingName(), date(r.dueOn()),
                        messages.apply(r.overdue() ? "reviews.status.overdue" : "reviews.status.due"),
                        messages.apply("reviews.progress." + r.progress()), date(r.meetingOn()))
                .map(ReviewsDueCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
