package uk.send.commissioning.oap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

/**
 * The council's standards of ordinarily available provision, kept by administrators and commissioners. A standard is
 * never deleted: it is reworded (a new version, the old wording kept in {@code oap_standard_version}) or retired (no
 * longer asked of schools; answers already given keep it). Every change is audited.
 */
@Service
public class OapStandards {

    /** The column's size (V39). */
    public static final int MAX_WORDING = 1000;
    static final String ENTITY = "OAP_STANDARD";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    OapStandards(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private static void requireEditor(Viewer viewer) {
        if (viewer.role() != Role.ADMIN && viewer.role() != Role.COMMISSIONER) {
            throw new NotInScopeException(ENTITY);
        }
    }

    /** Every standard, in force first, by area and then in the order they were added. */
    @Transactional(readOnly = true)
    public List<StandardView> all(Viewer editor) {
        requireEditor(editor);
        return jdbc.sql("select id, area, wording, retired_on, version from oap_standard order by retired_on nulls first, area, id")
                .query((rs, n) -> view(rs)).list();
    }

    /** The standards schools are asked about now, by area and then in the order they were added. */
    @Transactional(readOnly = true)
    public List<StandardView> inForce() {
        return jdbc.sql("select id, area, wording, retired_on, version from oap_standard where retired_on is null order by area, id")
                .query((rs, n) -> view(rs)).list();
    }

    @Transactional(readOnly = true)
    public StandardView standard(Viewer editor, long id) {
        requireEditor(editor);
        return find(id);
    }

    private StandardView find(long id) {
        return jdbc.sql("select id, area, wording, retired_on, version from oap_standard where id = :id").param("id", id)
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> new NoSuchElementException("No such standard"));
    }

    /** Every wording the standard has had, newest first. */
    @Transactional(readOnly = true)
    public List<StandardVersion> history(Viewer editor, long id) {
        requireEditor(editor);
        find(id);
        return jdbc.sql("""
                        select version, area, wording, retired_on, changed_by, changed_at from oap_standard_version
                        where standard_id = :id order by version desc""")
                .param("id", id)
                .query((rs, n) -> new StandardVersion(rs.getInt("version"), AreaOfNeed.valueOf(rs.getString("area")),
                        rs.getString("wording"), rs.getObject("retired_on", LocalDate.class), rs.getString("changed_by"),
                        rs.getObject("changed_at", java.time.OffsetDateTime.class)))
                .list();
    }

    /** A new standard in an area, asked of schools from now on. */
    @Transactional
    public long add(Viewer editor, AreaOfNeed area, String wording) {
        requireEditor(editor);
        String text = check(area, wording);
        long id = jdbc.sql("insert into oap_standard (area, wording) values (:area, :wording) returning id")
                .param("area", area.name()).param("wording", text).query(Long.class).single();
        keepVersion(editor, id);
        audit.record(editor, AuditAction.OAP_STANDARD_CHANGED, ENTITY, id, "added");
        return id;
    }

    /**
     * A standard reworded, moved to another area, retired or brought back. A page opened at an older version is a
     * conflict, never a silent overwrite; an unchanged standard is left as it is.
     */
    @Transactional
    public void change(Viewer editor, long id, int version, AreaOfNeed area, String wording, boolean retired) {
        requireEditor(editor);
        StandardView before = find(id);
        if (before.version() != version) {
            throw new OptimisticLockingFailureException("The standard was changed by someone else");
        }
        String text = check(area, wording);
        LocalDate retiredOn = retired ? (before.retired() ? before.retiredOn() : LocalDate.now(clock)) : null;
        if (before.area() == area && before.wording().equals(text) && before.retired() == retired) {
            return;
        }
        int updated = jdbc.sql("""
                        update oap_standard set area = :area, wording = :wording, retired_on = :retired, version = version + 1
                        where id = :id and version = :version""")
                .param("area", area.name()).param("wording", text).param("retired", retiredOn).param("id", id)
                .param("version", version).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("The standard was changed by someone else");
        }
        keepVersion(editor, id);
        String what = before.retired() != retired ? (retired ? "retired" : "brought back") : "reworded";
        audit.record(editor, AuditAction.OAP_STANDARD_CHANGED, ENTITY, id, what + ", version " + (version + 1));
    }

    private void keepVersion(Viewer editor, long id) {
        jdbc.sql("""
                        insert into oap_standard_version (standard_id, version, area, wording, retired_on, changed_by_id, changed_by)
                        select id, version, area, wording, retired_on, :actorId, :actor from oap_standard where id = :id""")
                .param("id", id).param("actorId", editor.userId()).param("actor", editor.email()).update();
    }

    private static String check(AreaOfNeed area, String wording) {
        if (area == null) {
            throw new OapRefusal(OapRefusal.Field.AREA, "oap.error.area", "Choose the area of need");
        }
        String text = wording == null ? "" : wording.strip();
        if (text.isEmpty()) {
            throw new OapRefusal(OapRefusal.Field.WORDING, "oap.error.wording", "Enter the standard");
        }
        if (text.codePointCount(0, text.length()) > MAX_WORDING) {
            throw new OapRefusal(OapRefusal.Field.WORDING, "oap.error.wordingLength", "Too long", MAX_WORDING);
        }
        return text;
    }

    private static StandardView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StandardView(rs.getLong("id"), AreaOfNeed.valueOf(rs.getString("area")), rs.getString("wording"),
                rs.getObject("retired_on", LocalDate.class), rs.getInt("version"));
    }
}
