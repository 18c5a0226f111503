package uk.send.web.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;

import uk.send.domain.children.MigrationProblem;

/** A migration file read row by row: the rows that can be imported, and the problems of those that cannot. */
record FileRows<T>(List<T> rows, List<MigrationProblem> problems) {

    /**
     * The one loop of every template's reader: each record read on its own by {@code reader}, which records the
     * row's problems on it; a row with none is kept as {@code reader} made it.
     */
    static <T> FileRows<T> read(UploadedCsv csv, Function<FileRow, T> reader) {
        List<T> rows = new ArrayList<>();
        List<MigrationProblem> problems = new ArrayList<>();
        for (CSVRecord record : csv.records()) {
            FileRow row = new FileRow(csv, record, problems);
            T read = reader.apply(row);
            if (!row.failed) {
                rows.add(read);
            }
        }
        return new FileRows<>(rows, problems);
    }
}
