package uk.send.domain.files;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Lines of CSV (RFC 4180) that are safe to open in a spreadsheet: no cell can start a formula. */
public final class Csv {

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
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r") || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
