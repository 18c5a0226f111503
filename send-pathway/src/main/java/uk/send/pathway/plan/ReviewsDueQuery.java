package uk.send.pathway.plan;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildCondition;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/**
 * The reviews due in SQL: current plans whose review is overdue or due by the end of next month, joined to the
 * child (the viewer's scope and search from the child directory's {@link ChildCondition}) and to the review in
 * progress, filtered, ordered and paged by the database (index {@code ehc_plan_review_due_idx}).
 */
@Component
class ReviewsDueQuery {

    private static final String FROM = """
            from ehc_plan p
            join child c on c.id = p.child_id
            join footprint f on f.id = c.home_footprint_id
            left join setting s on s.id = c.setting_id
            left join plan_review r on r.plan_id = p.id and r.status = 'ARRANGED'
            """;

    /** A review is overdue when its date has passed and no meeting has been held for it. */
    private static final String OVERDUE = "(p.review_due_on < :today and (r.id is null or r.meeting_on > :today))";

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    ReviewsDueQuery(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.streaming = JdbcClient.create(template);
    }

    /** How many reviews in scope are overdue, due this month, due next month: one query. */
    record Counts(long overdue, long thisMonth, long nextMonth) {
    }

    Counts counts(ChildCondition children, LocalDate today) {
        Map<String, Object> params = params(children, today);
        return jdbc.sql("""
                        select count(*) filter (where %s) as overdue,
                               count(*) filter (where p.review_due_on >= :today and p.review_due_on <= :monthEnd) as this_month,
                               count(*) filter (where p.review_due_on > :monthEnd and p.review_due_on <= :until) as next_month
                        """.formatted(OVERDUE) + FROM + " where " + base(children))
                .params(params)
                .query((rs, n) -> new Counts(rs.getLong("overdue"), rs.getLong("this_month"), rs.getLong("next_month")))
                .single();
    }

    long count(ChildCondition children, ReviewsDueFilter filter, LocalDate today) {
        Map<String, Object> params = params(children, today);
        return jdbc.sql("select count(*) " + FROM + " where " + where(children, filter, params))
                .params(params).query(Long.class).single();
    }

    List<ReviewDue> page(ChildCondition children, ReviewsDueFilter filter, ReviewsDueSort sort, LocalDate today,
                         int limit, long offset) {
        Map<String, Object> params = params(children, today);
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(select(children, filter, sort, params) + " limit :limit offset :offset")
                .params(params).query((rs, n) -> row(rs, today)).list();
    }

    void each(ChildCondition children, ReviewsDueFilter filter, ReviewsDueSort sort, LocalDate today,
              Consumer<ReviewDue> action) {
        Map<String, Object> params = params(children, today);
        try (Stream<ReviewDue> rows = streaming.sql(select(children, filter, sort, params)).params(params)
                .query((rs, n) -> row(rs, today)).stream()) {
            rows.forEach(action);
        }
    }

    /** Current plans whose review is overdue and not yet marked so: for the scheduled job. */
    List<Long> toMarkOverdue(LocalDate today, int limit) {
        return jdbc.sql("""
                        select p.id from ehc_plan p
                        left join plan_review r on r.plan_id = p.id and r.status = 'ARRANGED'
                        where p.ceased_on is null and p.review_overdue_on is null and %s
                        order by p.review_due_on, p.id limit :limit""".formatted(OVERDUE))
                .param("today", today).param("limit", limit).query(Long.class).list();
    }

    private static Map<String, Object> params(ChildCondition children, LocalDate today) {
        Map<String, Object> params = new HashMap<>(children.params());
        YearMonth month = YearMonth.from(today);
        params.put("today", today);
        params.put("monthEnd", month.atEndOfMonth());
        params.put("nextMonthStart", month.plusMonths(1).atDay(1));
        params.put("until", month.plusMonths(1).atEndOfMonth());
        return params;
    }

    private static String base(ChildCondition children) {
        return "p.ceased_on is null and p.review_due_on is not null and p.review_due_on <= :until and ("
                + children.sql() + ")";
    }

    private static String where(ChildCondition children, ReviewsDueFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of(base(children)));
        if (filter.when() != null) {
            where.add(switch (filter.when()) {
                case OVERDUE -> OVERDUE;
                case THIS_MONTH -> "p.review_due_on >= :today and p.review_due_on <= :monthEnd";
                case NEXT_MONTH -> "p.review_due_on >= :nextMonthStart and p.review_due_on <= :until";
            });
        }
        if (filter.progress() != null) {
            where.add(switch (filter.progress()) {
                case NOT_ARRANGED -> "r.id is null";
                case ARRANGED -> "r.meeting_on > :today";
                case AWAITING_DECISION -> "r.meeting_on <= :today";
            });
        }
        return String.join(" and ", where);
    }

    private static String select(ChildCondition children, ReviewsDueFilter filter, ReviewsDueSort sort,
                                 Map<String, Object> params) {
        return """
                select p.id, p.review_due_on, %s as overdue, r.id as review_id, r.meeting_on,
                       c.id as child_id, c.given_name, c.family_name, c.date_of_birth, c.upn, s.name as setting_name,
                       f.name as footprint_name, c.primary_need, c.sen_provision
                """.formatted(OVERDUE) + FROM + " where " + where(children, filter, params) + " order by " + sort.orderBy();
    }

    private static ReviewDue row(ResultSet rs, LocalDate today) throws SQLException {
        String need = rs.getString("primary_need");
        ChildSummary child = new ChildSummary(rs.getLong("child_id"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"),
                rs.getString("setting_name"), rs.getString("footprint_name"), need == null ? null : NeedCode.valueOf(need),
                SenProvision.fromCode(rs.getString("sen_provision")));
        LocalDate meeting = rs.getObject("meeting_on", LocalDate.class);
        ReviewProgress progress = meeting == null ? ReviewProgress.NOT_ARRANGED
                : meeting.isAfter(today) ? ReviewProgress.ARRANGED : ReviewProgress.AWAITING_DECISION;
        return new ReviewDue(rs.getLong("id"), child, rs.getObject("review_due_on", LocalDate.class),
                rs.getBoolean("overdue"), progress, meeting);
    }
}
