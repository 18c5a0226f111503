package uk.send.domain.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;

/**
 * Everything the service holds about a child, as one bundle for an administrator answering a subject access
 * request: a ZIP of CSV files, one per kind of record (each module declares its own as
 * {@link SubjectAccessSection}s), the audit trail of who viewed or changed any of it, and a contents file. The
 * export itself is audited.
 */
@Service
public class SubjectAccess {

    private static final String NAME = "[a-z0-9-]{1,40}";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final List<SubjectAccessSection> sections;
    private final Clock clock;

    SubjectAccess(JdbcClient jdbc, AuditLog audit, List<SubjectAccessSection> sections, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sections = sections.stream().sorted(Comparator.comparing(SubjectAccessSection::name)).toList();
        this.clock = clock;
        for (SubjectAccessSection s : this.sections) {
            if (!s.name().matches(NAME)) {
                throw new IllegalArgumentException("A subject access section's name is lower case letters, digits and hyphens: " + s.name());
            }
        }
    }

    /** What an export holds, file by file, for the page that offers it. */
    public List<SubjectAccessSection> contents() {
        List<SubjectAccessSection> all = new ArrayList<>(sections);
        all.add(AUDIT);
        return all;
    }

    private static final SubjectAccessSection AUDIT = SubjectAccessSection.of("audit-trail",
            "Who viewed or changed the child's records, when, and what they did", "");

    /** Where an export goes, opened only once the export is allowed (so a refusal can still be a page). */
    @FunctionalInterface
    public interface Destination {
        OutputStream open() throws IOException;
    }

    /**
     * Writes the export for the child to the destination. Administrators only; a child that does not exist is
     * refused as unknown, before the destination is opened.
     */
    @Transactional
    public void export(Viewer viewer, long childId, Destination destination) throws IOException {
        if (viewer.role() != Role.ADMIN) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, "CHILD", childId,
                    "subject access export");
            throw new NotInScopeException("CHILD");
        }
        boolean exists = jdbc.sql("select count(*) from child where id = :child").param("child", childId)
                .query(Long.class).single() > 0;
        if (!exists) {
            throw new NoSuchElementException("No child " + childId);
        }
        audit.record(viewer, AuditAction.DOWNLOADED, "CHILD", childId, "subject access export");
        ZipOutputStream zip = new ZipOutputStream(destination.open(), StandardCharsets.UTF_8);
        Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("contents.txt"));
        text.write("Subject access export for child record " + childId + ", made " + LocalDateTime.now(clock)
                + " by " + viewer.email() + "\r\n\r\n");
        for (SubjectAccessSection s : contents()) {
            text.write(s.name() + ".csv: " + s.description() + "\r\n");
        }
        text.flush();
        for (SubjectAccessSection s : sections) {
            zip.putNextEntry(new ZipEntry(s.name() + ".csv"));
            writeRows(s.sql(), childId, text);
            text.flush();
        }
        zip.putNextEntry(new ZipEntry(AUDIT.name() + ".csv"));
        text.write(Csv.line("When", "Who", "Action", "Record", "Record id", "Detail"));
        audit.each(new AuditQuery(null, childId, null, null, null), 500, line -> {
            AuditEntry e = line.entry();
            try {
                text.write(Csv.line(e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.detail()));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
        text.flush();
        zip.finish();
    }

    private void writeRows(String sql, long childId, Writer text) {
        boolean[] header = {false};
        jdbc.sql(sql).param("child", childId).query(rs -> {
            try {
                ResultSetMetaData meta = rs.getMetaData();
                int columns = meta.getColumnCount();
                if (!header[0]) {
                    Object[] names = new Object[columns];
                    for (int i = 0; i < columns; i++) {
                        names[i] = meta.getColumnLabel(i + 1);
                    }
                    text.write(Csv.line(names));
                    header[0] = true;
                }
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) {
                    values[i] = rs.getObject(i + 1);
                }
                text.write(Csv.line(values));
            } catch (IOException gone) {
                throw new UncheckedIOException(gone);
            }
        });
    }
}
