package uk.send.web.transfer;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV (RFC 4180, CRLF) that is safe to open in a spreadsheet: a cell that starts with a character a
 * spreadsheet reads as the start of a formula ({@code = + - @}, tab, carriage return, or their full-width forms
 * {@code ＝ ＋ － ＠}, which some spreadsheets fold to ASCII) is prefixed with an apostrophe, so it is shown as
 * text and never run. The cells are the one {@link uk.send.domain.files.Csv}'s; this writes them as a stream.
 */
final class SafeCsv {

    private final Writer out;

    SafeCsv(Writer out) {
        this.out = out;
    }

    void row(List<?> values) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(values.get(i)));
        }
        out.write(line.append("\r\n").toString());
    }

    void flush() throws IOException {
        out.flush();
    }

    static String cell(Object value) {
        return uk.send.domain.files.Csv.cell(value);
    }
}
