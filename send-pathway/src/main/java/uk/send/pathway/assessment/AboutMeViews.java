package uk.send.pathway.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildCondition;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;

/**
 * The family's "about me" views for section A: written by a parent (of their own child only) or by the young person
 * (their own views, the child's), read by them and by the caseworker whose footprints include the child (on the case
 * page and beside section A of the plan). Refusals are audited.
 */
@Service
public class AboutMeViews {

    private static final String ENTITY = "CHILD";

    private final JdbcClient jdbc;
    private final ChildDirectory children;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock;

    AboutMeViews(JdbcClient jdbc, ChildDirectory children, AuditLog audit, Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.children = children;
        this.audit = audit;
        this.clock = clock;
    }

    /** The child's views and the family's, as far as written; for the child's parent or caseworker only. */
    @Transactional(readOnly = true)
    public Map<AboutMe.Whose, AboutMe> read(Viewer viewer, long childId) {
        if (!(viewer.isFamily() || viewer.is(Role.CASEWORKER))) {
            refuse(viewer, childId);
        }
        // the scope check and the views in one statement: no row means the child is not the viewer's to see,
        // one row with no views means nothing written yet
        ChildCondition scope = children.condition(viewer, null, null, "c");
        List<Optional<AboutMe>> rows = jdbc.sql("""
                        select v.whose, v.views, v.written_on, v.written_by, u.role = 'YOUNG_PERSON' as by_young_person
                        from (select 1 from child c where c.id = :about_child and %s) visible
                        left join about_me v on v.child_id = :about_child
                        left join app_user u on u.id = v.written_by""".formatted(scope.sql()))
                .params(scope.params()).param("about_child", childId)
                .query((rs, n) -> rs.getString(1) == null ? Optional.<AboutMe>empty()
                        : Optional.of(new AboutMe(AboutMe.Whose.valueOf(rs.getString(1)), rs.getString(2),
                                rs.getObject(3, LocalDate.class), rs.getLong(4), rs.getBoolean(5))))
                .list();
        if (rows.isEmpty()) {
            refuse(viewer, childId);
        }
        Map<AboutMe.Whose, AboutMe> views = new EnumMap<>(AboutMe.Whose.class);
        rows.stream().flatMap(Optional::stream).forEach(v -> views.put(v.whose(), v));
        return views;
    }

    /**
     * A parent writes (or rewrites) the child's or the family's views, or both; a young person only their own, which
     * are the child's views (never the family's). Blank or missing views are refused. The confirmation email of
     * exactly what was written is queued in the same transaction.
     */
    @Transactional
    public void write(Viewer viewer, long childId, Map<AboutMe.Whose, String> written, Email confirmation) {
        if (!viewer.isFamily() || !children.canSee(viewer, childId)) {
            refuse(viewer, childId);
        }
        if (written.isEmpty()) {
            throw new IllegalArgumentException("No views given");
        }
        if (viewer.is(Role.YOUNG_PERSON) && written.keySet().stream().anyMatch(w -> w != AboutMe.Whose.CHILD)) {
            throw new IllegalArgumentException("A young person's views are their own, the child's views");
        }
        written.forEach((whose, views) -> {
            if (views == null || views.isBlank() || views.strip().length() > AboutMe.MAX) {
                throw new IllegalArgumentException("Views must be given, and at most " + AboutMe.MAX + " characters");
            }
            jdbc.sql("""
                            insert into about_me (child_id, whose, views, written_on, written_by) values (:child, :whose, :views, :on, :by)
                            on conflict (child_id, whose) do update set views = excluded.views, written_on = excluded.written_on,
                            written_by = excluded.written_by""")
                    .param("child", childId).param("whose", whose.name()).param("views", views.strip())
                    .param("on", LocalDate.now(clock)).param("by", viewer.userId()).update();
            audit.record(viewer, AuditAction.CHILD_UPDATED, ENTITY, childId,
                    "about me: " + whose.name().toLowerCase(java.util.Locale.ROOT));
        });
        notifications.queue(viewer.userId(), confirmation);
    }

    private void refuse(Viewer viewer, long childId) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, childId, "about me");
        throw new NotInScopeException(ENTITY);
    }
}
