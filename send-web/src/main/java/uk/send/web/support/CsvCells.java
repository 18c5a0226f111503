package uk.send.web.support;

import java.util.List;
import java.util.stream.Collectors;

/** CSV lines (RFC 4180) safe to open in a spreadsheet: no text cell can start a formula. */
public final class CsvCells {

    private CsvCells() {
    }

    /** The values as one line, ending in CRLF; null is an empty cell. */
    public static String line(List<?> values) {
        return values.stream().map(CsvCells::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || text.startsWith("'")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
