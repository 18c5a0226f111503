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
        return uk.send.domain.files.Csv.cell(value);
    }
}
