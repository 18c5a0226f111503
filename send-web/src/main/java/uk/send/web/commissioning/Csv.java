package uk.send.web.commissioning;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Lines of CSV (RFC 4180, CRLF), safe to open in a spreadsheet: no text cell can start a formula. */
final class Csv {

    private Csv() {
    }

    static String line(Object... cells) {
        return Stream.of(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(Object value) {
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
