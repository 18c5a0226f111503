package uk.send.web.generator;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.copy.CopyManager;

/**
 * The rows of one table, in PostgreSQL's COPY text format, spooled to a temporary file while an area writes them
 * (one connection can run only one COPY at a time, and an area writes several tables at once), then loaded with
 * one {@code COPY … FROM STDIN}. Values are added column by column and a row ended with {@link #end()}.
 */
final class CopyTable {

    private final String table;
    private final String columns;
    private final Path file;
    private final BufferedWriter out;
    private final StringBuilder row = new StringBuilder(256);
    private long rows;
    private boolean first = true;

    CopyTable(String table, String columns) {
        this.table = table;
        this.columns = columns;
        try {
            this.file = Files.createTempFile("send-gen-" + table + "-", ".copy");
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String table() {
        return table;
    }

    long rows() {
        return rows;
    }

    CopyTable add(long value) {
        return raw(Long.toString(value));
    }

    CopyTable add(Long value) {
        return value == null ? nul() : raw(value.toString());
    }

    CopyTable add(boolean value) {
        return raw(value ? "t" : "f");
    }

    CopyTable add(LocalDate value) {
        return value == null ? nul() : raw(value.toString());
    }

    CopyTable add(Instant value) {
        return value == null ? nul() : raw(value.toString());
    }

    CopyTable add(String value) {
        if (value == null) {
            return nul();
        }
        separate();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> row.append("\\\\");
                case '\t' -> row.append("\\t");
                case '\n' -> row.append("\\n");
                case '\r' -> row.append("\\r");
                default -> row.append(c);
            }
        }
        return this;
    }

    CopyTable nul() {
        return raw("\\N");
    }

    /** Ends the row. */
    void end() {
        row.append('\n');
        try {
            out.append(row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row.setLength(0);
        first = true;
        rows++;
    }

    /** Loads the spooled rows into the table and deletes the file. */
    long load(CopyManager copy) throws SQLException, IOException {
        out.close();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long loaded = copy.copyIn("COPY " + table + " (" + columns + ") FROM STDIN", in, 1 << 16);
            if (loaded != rows) {
                throw new IllegalStateException(table + ": wrote " + rows + " rows, COPY loaded " + loaded);
            }
            return loaded;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** Deletes the spool file without loading it (after a failure). */
    void discard() {
        try {
            out.close();
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file left behind is harmless
        }
    }

    private CopyTable raw(String text) {
        separate();
        row.append(text);
        return this;
    }

    private void separate() {
        if (!first) {
            row.append('\t');
        }
        first = false;
    }
}
