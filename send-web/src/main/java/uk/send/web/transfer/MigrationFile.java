package uk.send.web.transfer;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.MigrationProblem;

/**
 * One kind of caseload migration file, as the worker runs every kind: its template's columns, each row read and
 * checked on its own ({@code reader}), then what the database refuses ({@code refuser}), then, when nothing is,
 * the whole file written in one transaction by the module that owns its tables ({@code applier}, returning the
 * summary the import's page shows).
 */
record MigrationFile<T>(List<String> columns, Reader<T> reader, Refuser<T> refuser, Applier<T> applier) {

    /** Reads a file's rows, each on its own. */
    @FunctionalInterface
    interface Reader<T> {
        FileRows<T> read(UploadedCsv csv, Map<String, Long> settingIds, LocalDate today);
    }

    /** Checks well-formed rows against the database: the problems, empty when the file can be imported. */
    @FunctionalInterface
    interface Refuser<T> {
        List<MigrationProblem> refused(List<T> rows, Viewer actor);
    }

    /** Writes the rows in one transaction, all or nothing; returns the summary. */
    @FunctionalInterface
    interface Applier<T> {
        String apply(List<T> rows, Viewer actor, IntConsumer progress, long importId);
    }
}
