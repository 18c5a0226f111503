package uk.send.pathway.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
import uk.send.pathway.calendar.DeadlineStatus;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * The caseload in SQL: a caseworker's open cases joined to their children (the scope and search are the child
 * directory's {@link ChildCondition}), filtered, ordered and paged by the database on the kept next statutory
 * date, and the counts the page shows from one grouped query. Nothing here loads a council's cases into Java.
 */
@Component
class CaseloadQuery {

    /** The open stages, as in the partial indexes of V2, V6 and V13. */
    static final String OPEN = "a.stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED')";

    private static final String FROM = """
            from needs_assessment a
            join child c on c.id = a.child_id
            join footprint f on f.id = c.home_footprint_id
            left join setting s on s.id = c.setting_id
            """;

    /** Rows fetched at a time when the whole caseload is streamed (the CSV). */
    private static final int STREAM_FETCH = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;

    CaseloadQuery(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(STREAM_FETCH);
        this.streaming = JdbcClient.create(template);
    }

    /** How many open cases in scope and matching the search fall in each stage, status and primary need. */
    record Count(Stage stage, DeadlineStatus status, NeedCode need, long cases) {
    }

    /** Where a day falls against a status: due before {@code today} is overdue, due by {@code soonUntil} due soon. */
    record Today(LocalDate today, LocalDate soonUntil) {

        static Today of(LocalDate today) {
            return new Today(today, today.plusDays(StatutoryCalendar.DUE_SOON_DAYS));
        }
    }

    /** An open case as the page shows it; its next date is null only for a case not yet filled by the backfill. */
    record Row(long id, ChildSummary child, Stage stage, LocalDate requestReceived, NextDeadline.What nextKind,
               LocalDate nextDue) {
    }

    List<Count> counts(ChildCondition children, Today today) {
        Map<String, Object> params = new HashMap<>(children.params());
        params.put("today", today.today());
        params.put("soon", today.soonUntil());
        return jdbc.sql("""
                        select a.stage, %s as status, c.primary_need, count(*) as cases
                        from needs_assessment a join child c on c.id = a.child_id
                        where %s and %s
                        group by 1, 2, 3""".formatted(STATUS, OPEN, children.sql()))
                .params(params)
                .query((rs, n) -> new Count(Stage.valueOf(rs.getString("stage")),
                        DeadlineStatus.valueOf(rs.getString("status")), need(rs.getString("primary_need")),
                        rs.getLong("cases")))
                .list();
    }

    /** One page ({@code limit} null: all) of the open cases matching the search and the filter, in the sort's order. */
    List<Row> page(ChildCondition children, CaseloadFilter filter, CaseloadSort sort, Today today, Integer limit,
                   long offset) {
        Map<String, Object> params = new HashMap<>(children.params());
        String sql = select(children, filter, sort, today, params)
                + (limit == null ? "" : " limit :limit offset :offset");
        if (limit != null) {
            params.put("limit", limit);
            params.put("offset", offset);
        }
        return jdbc.sql(sql).params(params).query(CaseloadQuery::row).list();
    }

    /** Every open case matching the search and the filter, in the sort's order, fetched a batch at a time. */
    void each(ChildCondition children, CaseloadFilter filter, CaseloadSort sort, Today today, Consumer<Row> action) {
        Map<String, Object> params = new HashMap<>(children.params());
        String sql = select(children, filter, sort, today, params);
        try (Stream<Row> rows = streaming.sql(sql).params(params).query(CaseloadQuery::row).stream()) {
            rows.forEach(action);
        }
    }

    /** The status of the kept next date, as {@link StatutoryCalendar#status} says, in SQL. */
    private static final String STATUS = """
            case when a.next_due_date < :today then 'OVERDUE' when a.next_due_date <= :soon then 'DUE_SOON' \
            else 'ON_TRACK' end""";

    private static String select(ChildCondition children, CaseloadFilter filter, CaseloadSort sort, Today today,
                                 Map<String, Object> params) {
        List<String> where = new ArrayList<>(List.of(OPEN, "(" + children.sql() + ")"));
        if (filter.stage() != null) {
            where.add("a.stage = :stage");
            params.put("stage", filter.stage().name());
        }
        if (filter.need() != null) {
            where.add("c.primary_need = :need");
            params.put("need", filter.need().name());
        }
        if (filter.status() != null) {
            switch (filter.status()) {
                case OVERDUE -> where.add("a.next_due_date < :today");
                case DUE_SOON -> where.add("a.next_due_date >= :today and a.next_due_date <= :soon");
                case ON_TRACK -> where.add("(a.next_due_date > :soon or a.next_due_date is null)");
            }
            params.put("today", today.today());
            params.put("soon", today.soonUntil());
        }
        return """
                select a.id, a.stage, a.request_received, a.next_due_date, a.next_due_kind,
                       c.id as child_id, c.given_name, c.family_name, c.date_of_birth, c.upn, s.name as setting_name,
                       f.name as footprint_name, c.primary_need, c.sen_provision
                """ + FROM + " where " + String.join(" and ", where) + " order by " + sort.orderBy();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        ChildSummary child = new ChildSummary(rs.getLong("child_id"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"),
                rs.getString("setting_name"), rs.getString("footprint_name"), need(rs.getString("primary_need")),
                SenProvision.fromCode(rs.getString("sen_provision")));
        String kind = rs.getString("next_due_kind");
        return new Row(rs.getLong("id"), child, Stage.valueOf(rs.getString("stage")),
                rs.getObject("request_received", LocalDate.class), kind == null ? null : NextDeadline.What.valueOf(kind),
                rs.getObject("next_due_date", LocalDate.class));
    }

    private static NeedCode need(String code) {
        return code == null ? null : NeedCode.valueOf(code);
    }
}
