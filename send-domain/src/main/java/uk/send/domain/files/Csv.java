package uk.send.domain.files;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Lines of CSV (RFC 4180) that are safe to open in a spreadsheet: no cell can start a formula. A text cell that
 * starts with a character a spreadsheet reads as the start of a formula ({@code = + - @}, tab, carriage return,
 * or their full-width forms {@code ＝ ＋ － ＠}, which some spreadsheets fold to ASCII) is prefixed with an
 * apostrophe, so it is shown as text and never run.
 */
public final class Csv {

    private static final String FORMULA_STARTS = "=+-@\t\r\uff1d\uff0b\uff0d\uff20";

    private Csv() {
    }

    /** The values as one line, ending in CRLF. */
    public static String line(Object... values) {
        return Arrays.stream(values).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
