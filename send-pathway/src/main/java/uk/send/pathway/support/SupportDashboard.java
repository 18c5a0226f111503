package uk.send.pathway.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.NeedCode;

/**
 * The SENCO's dashboard and their school's costed provision map, read in SQL and scoped to the SENCO's own setting
 * (the setting comes from the signed-in account, never from the request): pupils on roll there, and the SEN Support
 * records made there. Every list is filtered and paged in the database. Anyone but a SENCO is refused and audited.
 *
 * <p>The lists:
 * <ul>
 *   <li><b>Reviews due and overdue</b>: cycles in progress whose review date is before today (overdue) or from today
 *       to {@link #DUE_WITHIN} ahead (due).
 *   <li><b>Without a current plan</b>: pupils at SEN Support (census K) with no cycle in progress here.
 *   <li><b>Not moved in two cycles</b> (the page states the rule, {@code dashboard.notmoving.rule}): pupils at SEN Support here whose last two
 *       reviewed cycles were both reviewed with the next step "continue" and in neither of which any outcome was
 *       recorded as achieved or exceeded.
 * </ul>
 */
@Service
public class SupportDashboard {

    /** How far ahead a review counts as due on the dashboard. */
    public static final Period DUE_WITHIN = Period.ofWeeks(4);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SupportDashboard(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The term today falls in. */
    public SchoolTerm currentTerm() {
        return SchoolTerm.containing(today());
    }

    /** How many pupils each list holds, unfiltered. */
    public record Counts(long reviewsDue, long reviewsOverdue, long withoutPlan, long notMoving) {
    }

    @Transactional(readOnly = true)
    public Counts counts(Viewer viewer) {
        requireSenco(viewer);
        long setting = viewer.settingId();
        return new Counts(count(REVIEWS, reviewConditions(setting, new DashboardFilter(null, DashboardFilter.When.DUE))),
                count(REVIEWS, reviewConditions(setting, new DashboardFilter(null, DashboardFilter.When.OVERDUE))),
                count(WITHOUT_PLAN, needCondition(setting, null)),
                count(NOT_MOVING, needCondition(setting, null)));
    }

    // --- reviews due and overdue

    private static final ListQuery REVIEWS = new ListQuery("", """
            from child c
            join sen_support_record r on r.child_id = c.id and r.removed_on is null and r.setting_id = c.setting_id
            join support_plan p on p.record_id = r.id and p.status = 'OPEN'
            where c.setting_id = :setting and c.sen_provision in ('K', 'E') and p.review_due <= :horizon""");

    private Conditions reviewConditions(long setting, DashboardFilter filter) {
        Conditions where = needCondition(setting, filter.need());
        tierCondition(where, filter.tier());
        where.params.put("today", today());
        where.params.put("horizon", today().plus(DUE_WITHIN));
        if (filter.when() == DashboardFilter.When.DUE) {
            where.sql.append(" and p.review_due >= :today");
        } else if (filter.when() == DashboardFilter.When.OVERDUE) {
            where.sql.append(" and p.review_due < :today");
        }
        return where;
    }

    /** Cycles in progress due for review within four weeks or overdue, earliest first. */
    @Transactional(readOnly = true)
    public Page<DashboardEntry.ReviewDue> reviews(Viewer viewer, DashboardFilter filter, Pageable pageable) {
        requireSenco(viewer);
        LocalDate today = today();
        return page(REVIEWS, reviewConditions(viewer.settingId(), filter), pageable, """
                        select c.id, c.given_name, c.family_name, c.upn, c.primary_need, p.id as plan_id, p.cycle,
                               p.starts_on, p.review_due, p.tier
                        """, " order by p.review_due, lower(c.family_name), lower(c.given_name), c.id",
                (rs, n) -> new DashboardEntry.ReviewDue(rs.getLong("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("upn"), need(rs, "primary_need"), rs.getLong("plan_id"),
                        rs.getInt("cycle"), rs.getObject("starts_on", LocalDate.class),
                        rs.getObject("review_due", LocalDate.class),
                        rs.getObject("review_due", LocalDate.class).isBefore(today), rs.getString("tier")));
    }

    // --- without a current plan

    private static final ListQuery WITHOUT_PLAN = new ListQuery("", """
            from child c
            left join sen_support_record r on r.child_id = c.id and r.removed_on is null and r.setting_id = c.setting_id
            left join lateral (select p.reviewed_on, p.next_step from support_plan p
                               where p.record_id = r.id and p.status = 'REVIEWED'
                               order by p.cycle desc limit 1) last on true
            where c.setting_id = :setting and c.sen_provision = 'K'
              and not exists (select 1 from support_plan p where p.record_id = r.id and p.status = 'OPEN')""");

    /** Pupils at SEN Support with no cycle in progress, those waiting longest (or never recorded as added) first. */
    @Transactional(readOnly = true)
    public Page<DashboardEntry.WithoutPlan> withoutPlan(Viewer viewer, DashboardFilter filter, Pageable pageable) {
        requireSenco(viewer);
        return page(WITHOUT_PLAN, needCondition(viewer.settingId(), filter.need()), pageable, """
                        select c.id, c.given_name, c.family_name, c.upn, c.primary_need, r.added_on,
                               last.reviewed_on, last.next_step
                        """, " order by r.added_on nulls first, lower(c.family_name),"
                        + " lower(c.given_name), c.id",
                (rs, n) -> new DashboardEntry.WithoutPlan(rs.getLong("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("upn"), need(rs, "primary_need"),
                        rs.getObject("added_on", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                        rs.getString("next_step") == null ? null : NextStep.valueOf(rs.getString("next_step"))));
    }

    // --- not moved in two cycles

    /** Each open record's last two reviewed cycles here, with whether any outcome in them was achieved or exceeded. */
    private static final String LAST_TWO_REVIEWS = """
            with reviewed as (
                select p.record_id, p.reviewed_on, p.next_step,
                       exists (select 1 from support_plan_outcome o
                               where o.plan_id = p.id and o.progress in ('ACHIEVED', 'EXCEEDED')) as moved,
                       row_number() over (partition by p.record_id order by p.cycle desc) as latest,
                       count(*) over (partition by p.record_id) as cycles
                from support_plan p
                join sen_support_record r on r.id = p.record_id
                where p.status = 'REVIEWED' and r.setting_id = :setting and r.removed_on is null
            ), stalled as (
                select record_id, min(reviewed_on) as earlier_review, max(reviewed_on) as last_review,
                       max(cycles) as cycles
                from reviewed where latest <= 2
                group by record_id
                having count(*) = 2 and bool_and(next_step = 'CONTINUE') and not bool_or(moved)
            )
            """;

    private static final ListQuery NOT_MOVING = new ListQuery(LAST_TWO_REVIEWS, """
            from stalled s
            join sen_support_record r on r.id = s.record_id
            join child c on c.id = r.child_id and c.setting_id = r.setting_id
            left join support_plan p on p.record_id = r.id and p.status = 'OPEN'
            where c.setting_id = :setting and c.sen_provision in ('K', 'E')""");

    /** Pupils whose plan has not moved in two cycles, the longest unmoved first. */
    @Transactional(readOnly = true)
    public Page<DashboardEntry.NotMoving> notMoving(Viewer viewer, DashboardFilter filter, Pageable pageable) {
        requireSenco(viewer);
        Conditions where = needCondition(viewer.settingId(), filter.need());
        tierCondition(where, filter.tier());
        return page(NOT_MOVING, where, pageable, """
                        select c.id, c.given_name, c.family_name, c.upn, c.primary_need, s.earlier_review,
                               s.last_review, s.cycles, p.id as plan_id, p.review_due, p.tier
                        """, " order by s.last_review, lower(c.family_name), lower(c.given_name), c.id",
                (rs, n) -> new DashboardEntry.NotMoving(rs.getLong("id"), rs.getString("given_name"),
                        rs.getString("family_name"), rs.getString("upn"), need(rs, "primary_need"),
                        rs.getObject("earlier_review", LocalDate.class), rs.getObject("last_review", LocalDate.class),
                        rs.getInt("cycles"), rs.getObject("plan_id", Long.class),
                        rs.getObject("review_due", LocalDate.class), rs.getString("tier")));
    }

    // --- the costed provision map

    /**
     * The school's costed provision map for a term: every item of provision in the cycles of the SEN Support records
     * made at the SENCO's school (pupils who have left included: their provision was the school's) that are current
     * for a day or more of the term, summed by {@link ProvisionMap}. The need is the one the record holds.
     */
    @Transactional(readOnly = true)
    public ProvisionMap provisionMap(Viewer viewer, SchoolTerm term) {
        requireSenco(viewer);
        LocalDate today = today();
        List<ProvisionMap.Item> items = jdbc.sql("""
                        select r.child_id, pr.provision_type, r.primary_need, pr.weekly_centihours, pr.cost_pence,
                               p.status, p.starts_on, p.review_due, p.reviewed_on, r.removed_on
                        from support_plan p
                        join sen_support_record r on r.id = p.record_id
                        join support_plan_provision pr on pr.plan_id = p.id
                        where r.setting_id = :setting and p.starts_on <= :termEnd
                          and (p.status = 'OPEN'
                               or coalesce(p.reviewed_on, r.removed_on, p.review_due) >= :termStart
                               or p.starts_on >= :termStart)""")
                .param("setting", viewer.settingId()).param("termStart", term.startsOn()).param("termEnd", term.endsOn())
                .query((rs, n) -> {
                    LocalDate startsOn = rs.getObject("starts_on", LocalDate.class);
                    LocalDate until = ProvisionMap.currentUntil(PlanStatus.valueOf(rs.getString("status")), startsOn,
                            rs.getObject("review_due", LocalDate.class), rs.getObject("reviewed_on", LocalDate.class),
                            rs.getObject("removed_on", LocalDate.class), today);
                    String type = rs.getString("provision_type");
                    return new ProvisionMap.Item(rs.getLong("child_id"), type == null ? null : ProvisionType.valueOf(type),
                            need(rs, "primary_need"), rs.getInt("weekly_centihours"), rs.getLong("cost_pence"), startsOn,
                            until);
                })
                .list();
        return ProvisionMap.of(term, items);
    }

    // --- the queries' common parts

    /** A query's where clause and its parameters, built up. */
    private record Conditions(StringBuilder sql, Map<String, Object> params) {
    }

    private static Conditions needCondition(long setting, NeedCode need) {
        Conditions where = new Conditions(new StringBuilder(), new HashMap<>());
        where.params.put("setting", setting);
        if (need != null) {
            where.sql.append(" and c.primary_need = :need");
            where.params.put("need", need.name());
        }
        return where;
    }

    /** The cycle in progress (joined as {@code p}) is in that tier, when one is given. */
    private static void tierCondition(Conditions where, String tier) {
        if (tier != null) {
            where.sql.append(" and p.tier = :tier");
            where.params.put("tier", tier);
        }
    }

    /** A list's query: common table expressions it needs (or none) and its from and where clauses. */
    private record ListQuery(String with, String from) {
    }

    private long count(ListQuery query, Conditions where) {
        return jdbc.sql(query.with() + "select count(*) " + query.from() + where.sql).params(where.params)
                .query(Long.class).single();
    }

    private <T> Page<T> page(ListQuery query, Conditions where, Pageable pageable, String columns, String order,
                             RowMapper<T> row) {
        long total = count(query, where);
        if (total == 0) {
            return Page.empty(pageable);
        }
        Map<String, Object> params = new HashMap<>(where.params);
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<T> rows = jdbc.sql(query.with() + columns + query.from() + where.sql + order + " limit :limit offset :offset")
                .params(params).query(row).list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static NeedCode need(ResultSet rs, String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : NeedCode.valueOf(code);
    }

    private void requireSenco(Viewer viewer) {
        if (!viewer.is(Role.SENCO) || viewer.settingId() == null) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, SupportPlans.CHILD, null,
                    "SEN Support dashboard is for SENCOs");
            throw new NotInScopeException(SupportPlans.CHILD);
        }
    }
}
