package uk.send.domain.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.access.NotInScopeException;

/**
 * Uploaded files on their way in. An administrator's upload is kept (table {@code data_import}) while it is
 * previewed or checked and written; its status and progress are written each in a transaction of its own, so the
 * page that follows an import sees them while the import's own transaction is still open.
 */
@Service
public class DataImports {

    private static final String ENTITY = "DATA_IMPORT";
    private static final String COLUMNS = """
            id, kind, status, file_name, rows_total, rows_done, error_report is not null as has_errors, summary,
            created_by, created_at, finished_at""";

    private final JdbcClient jdbc;

    DataImports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps an uploaded file and returns its import's id. */
    @Transactional
    public long upload(ImportKind kind, ImportStatus status, String fileName, byte[] content, Viewer actor) {
        requireAdmin(actor);
        return jdbc.sql("""
                        insert into data_import (kind, status, file_name, content, created_by)
                        values (:kind, :status, :name, :content, :by) returning id""")
                .param("kind", kind.name()).param("status", status.name())
                .param("name", fileName).param("content", content).param("by", actor.userId())
                .query(Long.class).single();
    }

    /** An import, for an administrator; an unknown id is {@link NoSuchElementException}. */
    @Transactional(readOnly = true)
    public ImportView find(long id, Viewer viewer) {
        requireAdmin(viewer);
        return view(id).orElseThrow(() -> new NoSuchElementException("No such import"));
    }

    /** The most recent imports, newest first. */
    @Transactional(readOnly = true)
    public List<ImportView> latest(Viewer viewer, int limit) {
        requireAdmin(viewer);
        return jdbc.sql("select " + COLUMNS + " from data_import order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(DataImports::map).list();
    }

    /** The file that was uploaded (for the worker and the apply step; never shown). */
    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return jdbc.sql("select content from data_import where id = :id").param("id", id)
                .query(byte[].class).optional().orElseThrow(() -> new NoSuchElementException("No such import"));
    }

    /** The rows refused, as CSV; empty when there were none. */
    @Transactional(readOnly = true)
    public Optional<String> errorReport(long id, Viewer viewer) {
        requireAdmin(viewer);
        return jdbc.sql("select error_report from data_import where id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional()
                .orElseThrow(() -> new NoSuchElementException("No such import"));
    }

    /** Moves an import to a status, with how many rows it has; in a transaction of its own. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void status(long id, ImportStatus status, int rowsTotal) {
        jdbc.sql("update data_import set status = :status, rows_total = :total, rows_done = 0, updated_at = now() where id = :id")
                .param("status", status.name()).param("total", rowsTotal).param("id", id).update();
    }

    /**
     * Moves an import from one status to another only if it is still in the first (so that an extract is applied
     * once, however many times its button is pressed); in a transaction of its own. Whether it moved.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean claim(long id, ImportStatus from, ImportStatus to) {
        return jdbc.sql("update data_import set status = :to, updated_at = now() where id = :id and status = :from")
                .param("to", to.name()).param("from", from.name()).param("id", id).update() == 1;
    }

    /** How many rows are done; in a transaction of its own, so it is seen while the import runs. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void progress(long id, int rowsDone) {
        jdbc.sql("update data_import set rows_done = least(:done, rows_total), updated_at = now() where id = :id")
                .param("done", rowsDone).param("id", id).update();
    }

    /** The end of an import: its status, a summary of what it did, and the rows refused (CSV, or null). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void finish(long id, ImportStatus status, String summary, String errorReport) {
        jdbc.sql("""
                        update data_import set status = :status, summary = :summary, error_report = :errors,
                               rows_done = case when :status in ('DONE', 'APPLIED') then rows_total else rows_done end,
                               finished_at = now(), updated_at = now()
                        where id = :id""")
                .param("status", status.name()).param("summary", summary == null ? null : cut(summary, 500))
                .param("errors", errorReport).param("id", id).update();
    }

    /**
     * Imports left running by a service that stopped (no word from their worker for {@code silentFor}): their
     * transaction was rolled back with the process, so they wrote nothing. Marks them failed; returns how many.
     */
    @Transactional
    public int failInterrupted(java.time.Duration silentFor, String summary) {
        return jdbc.sql("""
                        update data_import set status = 'FAILED', summary = :summary, finished_at = now(),
                               updated_at = now()
                        where status in ('QUEUED', 'VALIDATING', 'IMPORTING')
                          and updated_at < now() - make_interval(secs => :seconds)""")
                .param("summary", summary).param("seconds", (double) silentFor.toSeconds()).update();
    }

    private Optional<ImportView> view(long id) {
        return jdbc.sql("select " + COLUMNS + " from data_import where id = :id").param("id", id)
                .query(DataImports::map).optional();
    }

    private static ImportView map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportView(rs.getLong("id"), ImportKind.valueOf(rs.getString("kind")),
                ImportStatus.valueOf(rs.getString("status")), rs.getString("file_name"), rs.getInt("rows_total"),
                rs.getInt("rows_done"), rs.getBoolean("has_errors"), rs.getString("summary"), rs.getLong("created_by"),
                rs.getTimestamp("created_at").toInstant(), finished == null ? null : finished.toInstant());
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.is(Role.ADMIN)) {
            throw new NotInScopeException(ENTITY);
        }
    }
}
