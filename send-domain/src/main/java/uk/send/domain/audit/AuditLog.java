package uk.send.domain.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.Viewer;
import uk.send.domain.support.TimeConfiguration;

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

    private static final RowMapper<AuditLine> LINE = (rs, n) -> new AuditLine(ENTRY.mapRow(rs, n),
            rs.getString("actor_name"), rs.getString("subject_name"));

    /** An entry with the name of who did it, and of the child or account it was about. */
    private static final String LINES = """
            select e.id, e.occurred_at, e.actor_id, e.actor, e.action, e.entity_type, e.entity_id, e.detail,
                   a.display_name as actor_name,
                   coalesce(c.given_name || ' ' || c.family_name, u.display_name) as subject_name
            from audit_event e
            left join app_user a on a.id = e.actor_id
            left join child c on e.entity_type = 'CHILD'
                 and c.id = case when e.entity_id ~ '^[0-9]{1,18}$' then e.entity_id::bigint end
            left join app_user u on e.entity_type = 'USER'
                 and u.id = case when e.entity_id ~ '^[0-9]{1,18}$' then e.entity_id::bigint end
            """;

    private final JdbcClient jdbc;
    private final List<AuditSubjects> subjects;

    AuditLog(JdbcClient jdbc, List<AuditSubjects> subjects) {
        this.jdbc = jdbc;
        this.subjects = List.copyOf(subjects);
        for (AuditSubjects s : this.subjects) {
            if (!s.entityType().matches("[A-Z_]{1,40}")) {
                throw new IllegalArgumentException("An audited entity type is capitals and underscores: " + s.entityType());
            }
        }
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

    /**
     * The entries matching the query, newest first, with names: one statement, filtered and paged in SQL.
     * Ask for one more than a page to know whether there is a next one.
     */
    @Transactional(readOnly = true)
    public List<AuditLine> search(AuditQuery query, int limit, int offset) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        return jdbc.sql(LINES + where + " order by e.id desc limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(LINE)
                .list();
    }

    /**
     * Every entry matching the query, newest first, handed over a batch at a time (each batch one statement,
     * continuing below the last id seen), so that a download of a long trail never holds it in memory.
     */
    @Transactional(readOnly = true)
    public void each(AuditQuery query, int batch, Consumer<AuditLine> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(query, params);
        String below = where.isEmpty() ? " where e.id < :below" : where + " and e.id < :below";
        long last = Long.MAX_VALUE;
        while (true) {
            List<AuditLine> lines = jdbc.sql(LINES + below + " order by e.id desc limit :limit")
                    .params(params)
                    .param("below", last)
                    .param("limit", batch)
                    .query(LINE)
                    .list();
            lines.forEach(sink);
            if (lines.size() < batch) {
                return;
            }
            last = lines.get(lines.size() - 1).entry().id();
        }
    }

    private String where(AuditQuery query, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (query.person() != null && !query.person().isBlank()) {
            conditions.add("lower(e.actor) = :person");
            params.put("person", query.person().strip().toLowerCase(Locale.ROOT));
        }
        if (query.action() != null) {
            conditions.add("e.action = :action");
            params.put("action", query.action().name());
        }
        if (query.from() != null) {
            conditions.add("e.occurred_at >= :from");
            params.put("from", startOf(query.from()));
        }
        if (query.to() != null) {
            conditions.add("e.occurred_at < :to");
            params.put("to", startOf(query.to().plusDays(1)));
        }
        if (query.childId() != null) {
            List<String> about = new ArrayList<>();
            about.add("(e.entity_type = 'CHILD' and e.entity_id = :child_text)");
            for (AuditSubjects s : subjects) {
                about.add("(e.entity_type = '" + s.entityType() + "' and e.entity_id in (" + s.idsAboutChild() + "))");
            }
            conditions.add("(" + String.join(" or ", about) + ")");
            params.put("child", query.childId());
            params.put("child_text", query.childId().toString());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(TimeConfiguration.LONDON).toOffsetDateTime();
    }

    public long count() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

}
