package uk.send.web.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read whole, defensively: UTF-8 (with or without a byte-order mark) or, failing that,
 * Windows-1252 (what GIAS and spreadsheets often write); refused when it is empty, binary (NUL or other control
 * characters), not CSV, without the columns it needs, or longer than the rows allowed.
 */
final class UploadedCsv {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final List<String> header;
    private final Map<String, Integer> columns = new java.util.HashMap<>();
    private final List<CSVRecord> records;

    private UploadedCsv(List<String> header, List<CSVRecord> records) {
        this.header = header;
        this.records = records;
        for (int i = header.size() - 1; i >= 0; i--) {
            columns.put(header.get(i), i);
        }
    }

    static UploadedCsv read(byte[] content, int maxRows, Set<String> requiredColumns) throws UnreadableFileException {
        if (content == null || content.length == 0) {
            throw new UnreadableFileException("empty", null);
        }
        String text = decode(content);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7f || c == '\ufffe' || c == '\uffff') {
                throw new UnreadableFileException("binary", null);
            }
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true)
                .setDuplicateHeaderMode(org.apache.commons.csv.DuplicateHeaderMode.ALLOW_ALL).get();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            Set<String> missing = new LinkedHashSet<>(requiredColumns);
            missing.removeAll(header);
            if (!missing.isEmpty()) {
                throw new UnreadableFileException("columns", String.join(", ", missing));
            }
            List<CSVRecord> records = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (records.size() >= maxRows) {
                    throw new UnreadableFileException("tooManyRows", Integer.toString(maxRows));
                }
                records.add(record);
            }
            if (records.isEmpty()) {
                throw new UnreadableFileException("noRows", null);
            }
            return new UploadedCsv(List.copyOf(header), records);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException notCsv) {
            throw new UnreadableFileException("notCsv", null);
        }
    }

    /** UTF-8 when the bytes are UTF-8 (the byte-order mark dropped), otherwise Windows-1252. */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\ufeff") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    List<String> header() {
        return header;
    }

    List<CSVRecord> records() {
        return records;
    }

    /** A record's value in a column, "" when the row is short of it. */
    String value(CSVRecord record, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return "";
        }
        return record.get(index);
    }

    /** The file's row number of a record (the header is row 1). */
    static int row(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }
}
