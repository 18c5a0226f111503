package uk.send.pathway.support;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The family's views on support plans sent online ({@code support_plan_family_views}): each sending kept, read for
 * any number of cycles in one statement, oldest first.
 */
@Repository
class SupportFamilyViews {

    private final JdbcClient jdbc;
    private final Clock clock;

    SupportFamilyViews(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long add(long planId, FamilyViewsFrom from, String views, long sentById, Instant sentAt) {
        return jdbc.sql("""
                        insert into support_plan_family_views (plan_id, sent_from, views, sent_by_id, sent_at)
                        values (:plan, :from, :views, :by, :at) returning id""")
                .param("plan", planId).param("from", from.name()).param("views", views).param("by", sentById)
                .param("at", Timestamp.from(sentAt)).query(Long.class).single();
    }

    /** The views sent on each of these cycles, by plan id (a cycle with none is absent), oldest first. */
    Map<Long, List<FamilyView>> forPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select v.id, v.plan_id, v.sent_from, v.views, v.sent_by_id, u.display_name, v.sent_at
                        from support_plan_family_views v join app_user u on u.id = v.sent_by_id
                        where v.plan_id in (:plans) order by v.sent_at, v.id""")
                .param("plans", planIds)
                .query((rs, n) -> new FamilyView(rs.getLong(1), rs.getLong(2), FamilyViewsFrom.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), rs.getString(6),
                        LocalDateTime.ofInstant(rs.getTimestamp(7).toInstant(), clock.getZone())))
                .list().stream()
                .collect(Collectors.groupingBy(FamilyView::planId, LinkedHashMap::new, Collectors.toList()));
    }
}
