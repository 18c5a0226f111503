package uk.send.pathway.transfer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildCondition;
import uk.send.domain.children.ChildDirectory;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.plan.PlanReviews;

/**
 * The coming phase transfers of the children with a current EHC plan in a caseworker's footprints: who moves
 * (from date of birth and the phase of their setting, {@link TransferKind}), by when the plan naming the next
 * setting must be final ({@link StatutoryCalendar}), and whether it is. Filtered, counted, ordered and paged by
 * PostgreSQL in two statements; read-only over the plans' issued versions.
 */
@Service
public class PhaseTransfers {

    private static final String ENTITY = "PHASE_TRANSFER";
    private static final int STREAM_FETCH = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ChildDirectory children;
    private final StatutoryCalendar calendar;
    private final Clock clock;

    PhaseTransfers(JdbcClient jdbc, DataSource dataSource, ChildDirectory children, StatutoryCalendar calendar,
                   Clock clock) {
        this.jdbc = jdbc;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(STREAM_FETCH);
        this.streaming = JdbcClient.create(template);
        this.children = children;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** One page of the list, the number of transfers of each status (before the status filter) and the year. */
    public record TransferList(Page<PhaseTransfer> page, Map<TransferStatus, Long> countsByStatus, TransferYear year,
                               Map<TransferKind, LocalDate> deadlines) {
    }

    @Transactional(readOnly = true)
    public TransferList list(Viewer viewer, TransferFilter filter, TransferSort sort, Pageable pageable) {
        requireCaseworker(viewer);
        TransferYear year = TransferYear.containing(LocalDate.now(clock));
        ChildCondition scope = children.condition(viewer, filter.query(), filter.footprintId(), "c");
        Map<String, Object> params = new HashMap<>();
        String from = from(scope, year, params);
        Map<TransferStatus, Long> counts = new EnumMap<>(TransferStatus.class);
        for (TransferStatus status : TransferStatus.values()) {
            counts.put(status, 0L);
        }
        Map<String, Object> countParams = new HashMap<>(params);
        List<String> countWhere = new ArrayList<>();
        if (filter.kind() != null) {
            countWhere.add("t.kind = :kind");
            countParams.put("kind", filter.kind().name());
        }
        if (filter.review() != null) {
            countWhere.add("t.review = :review");
            countParams.put("review", filter.review().name());
        }
        String kindOnly = countWhere.isEmpty() ? "" : " where " + String.join(" and ", countWhere);
        jdbc.sql("select t.status, count(*) as n " + from + kindOnly + " group by t.status").params(countParams)
                .query((rs, n) -> counts.put(TransferStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        long matching = filter.status() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(filter.status());
        String sql = "select t.* " + from + where(filter, params) + " order by " + sort.orderBy()
                + (pageable.isPaged() ? " limit :limit offset :offset" : "");
        if (pageable.isPaged()) {
            params.put("limit", pageable.getPageSize());
            params.put("offset", pageable.getOffset());
        }
        List<PhaseTransfer> rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs, year)).list();
        children.auditSearch(viewer, filter.query(), matching);
        Map<TransferKind, LocalDate> deadlines = new EnumMap<>(TransferKind.class);
        for (TransferKind kind : TransferKind.values()) {
            deadlines.put(kind, year.deadline(calendar, kind));
        }
        return new TransferList(pageable.isPaged() ? new PageImpl<>(rows, pageable, matching) : new PageImpl<>(rows),
                counts, year, deadlines);
    }

    /** Every transfer {@link #list} would show (all pages, in the sort's order), as the database returns them. */
    @Transactional(readOnly = true)
    public void each(Viewer viewer, TransferFilter filter, TransferSort sort, Consumer<PhaseTransfer> each) {
        requireCaseworker(viewer);
        TransferYear year = TransferYear.containing(LocalDate.now(clock));
        ChildCondition scope = children.condition(viewer, filter.query(), filter.footprintId(), "c");
        Map<String, Object> params = new HashMap<>();
        String sql = "select t.* " + from(scope, year, params) + where(filter, params) + " order by " + sort.orderBy();
        long[] found = {0};
        try (Stream<PhaseTransfer> rows = streaming.sql(sql).params(params).query((rs, n) -> row(rs, year)).stream()) {
            rows.forEach(t -> {
                found[0]++;
                each.accept(t);
            });
        }
        children.auditSearch(viewer, filter.query(), found[0]);
    }

    private static String where(TransferFilter filter, Map<String, Object> params) {
        List<String> where = new ArrayList<>();
        if (filter.kind() != null) {
            where.add("t.kind = :kind");
            params.put("kind", filter.kind().name());
        }
        if (filter.status() != null) {
            where.add("t.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.review() != null) {
            where.add("t.review = :review");
            params.put("review", filter.review().name());
        }
        return where.isEmpty() ? "" : " where " + String.join(" and ", where);
    }

    /**
     * The list as a derived table {@code t}: each current plan whose child is in the cohort of one kind of
     * transfer, its deadline, the newest final or amended version this academic year naming a setting of a phase
     * the move leads to, and the newest proposed amendment this academic year.
     */
    private String from(ChildCondition scope, TransferYear year, Map<String, Object> params) {
        params.putAll(scope.params());
        params.put("today", year.today());
        params.put("year_start", year.academicYearStart());
        StringBuilder kind = new StringBuilder("case");
        StringBuilder destination = new StringBuilder("case k.kind");
        StringBuilder deadline = new StringBuilder("case j.kind");
        LocalDate oldest = null;
        LocalDate youngest = null;
        for (TransferKind k : TransferKind.values()) {
            String p = k.name().toLowerCase();
            params.put(p + "_from", year.bornFrom(k));
            params.put(p + "_to", year.bornTo(k));
            params.put(p + "_deadline", year.deadline(calendar, k));
            oldest = oldest == null || year.bornFrom(k).isBefore(oldest) ? year.bornFrom(k) : oldest;
            youngest = youngest == null || year.bornTo(k).isAfter(youngest) ? year.bornTo(k) : youngest;
            kind.append(" when c.date_of_birth between :").append(p).append("_from and :").append(p).append("_to and ")
                    .append(setting(k)).append(" then '").append(k.name()).append("'");
            destination.append(" when '").append(k.name()).append("' then ns.phase in (")
                    .append(k.destinations().stream().map(d -> "'" + d.name() + "'").sorted()
                            .collect(Collectors.joining(", ")))
                    .append(")");
            deadline.append(" when '").append(k.name()).append("' then cast(:").append(p).append("_deadline as date)");
        }
        params.put("born_from", oldest);
        params.put("born_to", youngest);
        kind.append(" end");
        destination.append(" else false end");
        deadline.append(" end");
        return """
                from (
                  select k.*, n.issued_on as named_on, n.named_setting_name, a.proposed_on,
                         %s as review, %s as review_meeting_on,
                         case when n.issued_on is not null and n.issued_on <= k.deadline then 'NAMED'
                              when n.issued_on is not null then 'NAMED_LATE'
                              when k.deadline < :today then 'OVERDUE'
                              when a.proposed_on is not null then 'AMENDMENT_PROPOSED'
                              else 'NOT_STARTED' end as status
                  from (
                    select j.*, %s as deadline
                    from (
                      select p.id as plan_id, c.id as child_id, c.given_name, c.family_name, c.date_of_birth, c.upn,
                             f.name as footprint_name, s.name as setting_name, s.id as setting_id, %s as kind
                      from ehc_plan p
                      join child c on c.id = p.child_id
                      join footprint f on f.id = c.home_footprint_id
                      left join setting s on s.id = c.setting_id
                      left join setting_last_year_group ly on ly.setting_id = s.id
                      where p.ceased_on is null and c.date_of_birth between :born_from and :born_to and (%s)
                        and exists (select 1 from plan_version fv where fv.plan_id = p.id
                                    and fv.kind in ('FINAL', 'AMENDED'))
                    ) j where j.kind is not null
                  ) k
                  left join lateral (
                    select v.issued_on, ns.name as named_setting_name
                    from plan_version v join setting ns on ns.id = v.placement_setting_id
                    where v.plan_id = k.plan_id and v.kind in ('FINAL', 'AMENDED') and v.issued_on >= :year_start
                      and %s
                    order by v.issued_on desc, v.number desc limit 1
                  ) n on true
                  left join lateral (
                    select max(v.issued_on) as proposed_on from plan_version v
                    where v.plan_id = k.plan_id and v.kind = 'PROPOSED_AMENDMENT' and v.issued_on >= :year_start
                  ) a on true
                ) t""".formatted(PlanReviews.transferReviewSql("k.plan_id"), PlanReviews.transferReviewMeetingSql("k.plan_id"),
                deadline, kind, scope.sql(), destination);
    }

    /** The SQL over the current setting {@code s} (and its last year {@code ly}) that {@link TransferKind#of} says. */
    private static String setting(TransferKind kind) {
        return switch (kind) {
            case EARLY_YEARS_TO_SCHOOL -> "(s.id is null or s.phase = 'EARLY_YEARS')";
            case INFANT_TO_JUNIOR -> "s.phase = 'PRIMARY' and ly.last_year_group = " + TransferKind.INFANT_LAST_YEAR;
            case PRIMARY_TO_SECONDARY -> "s.phase = 'PRIMARY' and coalesce(ly.last_year_group, "
                    + TransferKind.PRIMARY_TO_SECONDARY.yearBefore() + ") = "
                    + TransferKind.PRIMARY_TO_SECONDARY.yearBefore();
            case SECONDARY_TO_POST_16 -> "s.phase = 'SECONDARY'";
        };
    }

    private PhaseTransfer row(ResultSet rs, TransferYear year) throws SQLException {
        LocalDate deadline = rs.getObject("deadline", LocalDate.class);
        LocalDate reviewStartBy = calendar.transferReviewStartBy(deadline);
        TransferStatus status = TransferStatus.valueOf(rs.getString("status"));
        TransferReview review = TransferReview.valueOf(rs.getString("review"));
        boolean reviewLate = (status == TransferStatus.NOT_STARTED || status == TransferStatus.OVERDUE)
                && review == TransferReview.NOT_ARRANGED && year.today().isAfter(reviewStartBy);
        return new PhaseTransfer(rs.getLong("child_id"), rs.getLong("plan_id"), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"),
                rs.getString("footprint_name"), rs.getString("setting_name"),
                TransferKind.valueOf(rs.getString("kind")), deadline, reviewStartBy, reviewLate, status,
                rs.getString("named_setting_name"), rs.getObject("named_on", LocalDate.class),
                rs.getObject("proposed_on", LocalDate.class), review, rs.getObject("review_meeting_on", LocalDate.class));
    }

    private static void requireCaseworker(Viewer viewer) {
        if (!viewer.is(Role.CASEWORKER)) {
            throw new NotInScopeException(ENTITY);
        }
    }
}
