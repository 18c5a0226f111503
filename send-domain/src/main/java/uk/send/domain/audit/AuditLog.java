package uk.send.domain.audit;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;

/**
 * The append-only audit trail: who did what to which record, and when. The table refuses UPDATE,
 * DELETE and TRUNCATE, so an entry once written stays.
 */
@Service
public class AuditLog {

    /** Recorded for actions by nobody signed in. */
    public static final String ANONYMOUS = "anonymous";

    private static final int DETAIL_LIMIT = 500;

    private static final RowMapper<AuditEntry> ENTRY = (rs, n) -> new AuditEntry(rs.getLong("id"),
            rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
            (Long) rs.getObject("actor_id"), rs.getString("actor"),
            AuditAction.valueOf(rs.getString("action")), rs.getString("entity_type"),
            rs.getString("entity_id"), rs.getString("detail"));

    private final JdbcClient jdbc;

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records an action inside the caller's transaction: it commits, or rolls back, with the change. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Viewer viewer, AuditAction action, String entityType, Object entityId, String detail) {
        insert(viewer == null ? null : viewer.userId(), viewer == null ? ANONYMOUS : viewer.email(),
                action, entityType, entityId, detail);
    }

    /** As {@link #record(Viewer, AuditAction, String, Object, String)}, for an actor known only by id and name. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(Long actorId, String actor, AuditAction action, String entityType, Object entityId, String detail) {
        insert(actorId, actor, action, entityType, entityId, detail);
    }

    public void record(Viewer viewer, AuditAction action, String entityType, Object entityId) {
        record(viewer, action, entityType, entityId, null);
    }

    /**
     * Records an action in a transaction of its own, so that it stays even when the caller's work
     * is refused and rolled back (denials, failed sign-ins).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(Long actorId, String actor, AuditAction action, String entityType,
                                    Object entityId, String detail) {
        insert(actorId, actor, action, entityType, entityId, detail);
    }

    private void insert(Long actorId, String actor, AuditAction action, String entityType, Object entityId, String detail) {
        jdbc.sql("""
                        insert into audit_event (actor_id, actor, action, entity_type, entity_id, detail)
                        values (:actorId, :actor, :action, :entityType, :entityId, :detail)""")
                .param("actorId", actorId)
                .param("actor", actor == null ? ANONYMOUS : actor)
                .param("action", action.name())
                .param("entityType", entityType)
                .param("entityId", entityId == null ? null : entityId.toString())
                .param("detail", detail == null ? null : truncate(detail))
                .update();
    }

    private static String truncate(String detail) {
        return detail.length() <= DETAIL_LIMIT ? detail : detail.substring(0, DETAIL_LIMIT);
    }

    /** The newest entries first, for the administrator's audit page. */
    @Transactional(readOnly = true)
    public List<AuditEntry> latest(int limit, int offset) {
        return jdbc.sql("""
                        select id, occurred_at, actor_id, actor, action, entity_type, entity_id, detail
                        from audit_event order by id desc limit :limit offset :offset""")
                .param("limit", limit)
                .param("offset", offset)
                .query(ENTRY)
                .list();
    }

    /** Entries about one record, oldest first. */
    @Transactional(readOnly = true)
    public List<AuditEntry> forEntity(String entityType, Object entityId) {
        return jdbc.sql("""
                        select id, occurred_at, actor_id, actor, action, entity_type, entity_id, detail
                        from audit_event where entity_type = :type and entity_id = :id order by id""")
                .param("type", entityType)
                .param("id", entityId.toString())
                .query(ENTRY)
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

}
