package uk.send.web.support;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;

/**
 * A list page as CSV: the same query the page runs (its filters applied, paged in SQL), read a batch of pages at
 * a time and written as it comes, headed by the screen's column labels, every cell through the one {@link Csv}.
 * Each download is audited as DOWNLOADED (through {@link Downloads}) before its first row, with or without a filter.
 */
@Component
public class ListCsv {

    /** Rows a statement: the list's own query, a larger page. */
    public static final int BATCH = 500;

    private final Downloads downloads;
    private final MessageSource messages;
    private final Clock clock;

    ListCsv(Downloads downloads, MessageSource messages, Clock clock) {
        this.downloads = downloads;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * Writes every row of a paged list.
     *
     * @param name    the file's name before its date
     * @param what    what the audit row says was downloaded (and with which filters; never a search's text)
     * @param headers message keys of the columns, as the screen labels them
     * @param page    the list's query for one page
     * @param cells   one row's cells, in the columns' order
     */
    public <T> void write(Viewer viewer, HttpServletResponse response, String name, String what, List<String> headers,
                          Function<Pageable, Page<T>> page, Function<T, List<?>> cells) throws IOException {
        Writer out = start(viewer, response, name, what);
        out.write(Csv.line(headers.stream().map(this::label).toArray()));
        Page<T> rows;
        int index = 0;
        do {
            rows = page.apply(PageRequest.of(index++, BATCH));
            for (T row : rows.getContent()) {
                out.write(Csv.line(cells.apply(row).toArray()));
            }
            out.flush();
        } while (rows.hasNext());
    }

    /**
     * Starts a download that the caller streams itself (a list read as the database returns it rather than by
     * pages): audited as DOWNLOADED first, with or without a filter, then the file's headers; the caller writes
     * every line through {@link Csv} and flushes.
     */
    public Writer start(Viewer viewer, HttpServletResponse response, String name, String what) throws IOException {
        return start(viewer, response, name, what, name + "-" + LocalDate.now(clock) + ".csv");
    }

    /**
     * The same for a file named by something other than the day it was taken (a census year, an academic year):
     * audited as {@code name}, sent as {@code fileName}.
     */
    public Writer start(Viewer viewer, HttpServletResponse response, String name, String what, String fileName)
            throws IOException {
        return new BufferedWriter(new OutputStreamWriter(downloads.start(viewer, response, "text/csv;charset=UTF-8",
                fileName, name, what), StandardCharsets.UTF_8));
    }

    /** The screen's words for a key (a column, or a code's label); a label not written yet is its key's last part. */
    public String label(String key) {
        return messages.getMessage(key, null, key.substring(key.lastIndexOf('.') + 1), Locale.UK);
    }

    /** The screen's words for a message with its arguments ("Submitted {0}"). */
    public String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.UK);
    }

    /** The screen's label of a code under a prefix ({@code need.}, {@code role.}); empty for none. */
    public String label(String prefix, Enum<?> code) {
        return code == null ? null : label(prefix + code.name());
    }

    public static List<String> columns(String... keys) {
        return Arrays.asList(keys);
    }
}
