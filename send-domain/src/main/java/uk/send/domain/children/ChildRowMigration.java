package uk.send.domain.children;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.send.domain.access.Viewer;

/**
 * The one skeleton of a later caseload migration file's importer (EHC plans, SEN Support, top-up awards), each
 * written by the module that owns its tables: {@link #check} finds every row's child in one look-up for the whole
 * file (by reference, UPN or both), refuses a child named twice where only one row a child is allowed, lets the
 * importer judge each row with its child ({@link #accept}) and then the rows against what the database already
 * holds ({@link #compare}: a row already recorded is left, unchanged); {@link #writeBatches} writes what is left in
 * the caller's transaction, {@link #BATCH} rows a batch, saying how far it is after each.
 *
 * @param <R> the row as read from the file
 * @param <A> a row found with its child (and whatever else the importer looked up), ready to be written
 */
public abstract class ChildRowMigration<R extends ChildRow, A> {

    /** Rows a statement when writing. */
    public static final int BATCH = 1000;
    /** Keys a statement when reading what the database holds. */
    public static final int LOOKUP = BATCH * 10;

    protected final JdbcTemplate jdbc;
    protected final ChildDirectory children;

    protected ChildRowMigration(JdbcTemplate jdbc, ChildDirectory children) {
        this.jdbc = jdbc;
        this.children = children;
    }

    /** The rows checked against the database: the problems found, the rows to write, how many are there already. */
    public record Checked<A>(List<MigrationProblem> problems, List<A> toAdd, int unchanged) {
    }

    /**
     * The problem key for a child named on an earlier row too, or null where the file may name a child on several
     * rows (awards one after another).
     */
    protected abstract String childRepeated();

    /** The row with its child, ready to be compared with the database; or null with the row's problems added. */
    protected abstract A accept(R row, MigrationChild child, List<MigrationProblem> problems);

    /**
     * The rows found compared with what the database holds: those to write are added to {@code toAdd}, those
     * refused to {@code problems}; returns how many are recorded already (left as they are).
     */
    protected abstract int compare(List<A> found, List<A> toAdd, List<MigrationProblem> problems);

    /** Every row checked: its child first, then the importer's rules, then against what the database holds. */
    public Checked<A> check(List<R> rows, Viewer actor) {
        Set<String> references = new HashSet<>();
        Set<String> upns = new HashSet<>();
        for (R row : rows) {
            if (row.childReference() != null) {
                references.add(row.childReference());
            }
            if (row.upn() != null) {
                upns.add(row.upn());
            }
        }
        MigrationChildren known = children.migrationChildren(references, upns, actor);
        List<MigrationProblem> problems = new ArrayList<>();
        List<A> found = new ArrayList<>();
        Set<Long> named = new HashSet<>();
        String repeated = childRepeated();
        for (R row : rows) {
            MigrationChild child = known.find(row.row(), row.childReference(), row.upn(), problems).orElse(null);
            if (child == null) {
                continue;
            }
            if (repeated != null && !named.add(child.id())) {
                problems.add(new MigrationProblem(row.row(), row.childColumn(), repeated));
                continue;
            }
            A accepted = accept(row, child, problems);
            if (accepted != null) {
                found.add(accepted);
            }
        }
        List<A> toAdd = new ArrayList<>();
        int unchanged = compare(found, toAdd, problems);
        return new Checked<>(problems, toAdd, unchanged);
    }

    /** Work on a slice of rows or keys, on the transaction's connection. */
    @FunctionalInterface
    protected interface OnConnection<T> {
        void run(Connection connection, List<T> slice) throws SQLException;
    }

    /**
     * Writes the rows checked (none refused: a file with any refused row is never written), {@link #BATCH} a
     * batch, calling {@code progress} with the rows done (those left unchanged first) after each.
     */
    protected void writeBatches(Checked<A> checked, IntConsumer progress, OnConnection<A> writer) {
        if (!checked.problems().isEmpty()) {
            throw new IllegalArgumentException("The file has rows the database refuses");
        }
        List<A> rows = checked.toAdd();
        progress.accept(checked.unchanged());
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<A> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                writer.run(connection, batch);
                return null;
            });
            progress.accept(checked.unchanged() + from + batch.size());
        }
    }

    /** Reads what the database holds for these ids, {@link #LOOKUP} a statement, on the transaction's connection. */
    protected void lookUp(List<Long> ids, OnConnection<Long> reader) {
        for (int from = 0; from < ids.size(); from += LOOKUP) {
            List<Long> slice = ids.subList(from, Math.min(ids.size(), from + LOOKUP));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                reader.run(connection, slice);
                return null;
            });
        }
    }
}
