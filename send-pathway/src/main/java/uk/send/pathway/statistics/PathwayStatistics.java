package uk.send.pathway.statistics;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingType;
import uk.send.pathway.calendar.StatutoryPeriod;

/**
 * The pathway's figures in aggregate, each one SQL statement that returns counts only. A case belongs to the
 * footprint the child lives in ({@code child.home_footprint_id}, the one column of {@code child} these queries
 * read besides the primary need); no child is identified by anything returned.
 *
 * <p>The rules match {@link uk.send.pathway.calendar.StatutoryCalendar}: a step is on time on its due date
 * (request + the period's days) and late the day after; a reg 10(4) exception applies to a plan when its dates
 * overlap the days from the request to the issue, both inclusive
 * ({@link uk.send.pathway.calendar.StatutoryCalendar#finalPlanTimeliness}).
 */
@Service
public class PathwayStatistics {

    private static final String EXCEPTION_APPLIES = """
            exists (select 1 from assessment_exception e where e.assessment_id = a.id
                    and e.from_date <= a.final_issued_on and e.to_date >= a.request_received)""";

    private final JdbcClient jdbc;

    PathwayStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Requests, decisions and new plans in the period, with their timeliness. */
    @Transactional(readOnly = true)
    public AssessmentFigures assessments(StatisticsFilter filter) {
        return jdbc.sql("""
                        select count(*) filter (where a.request_received between :from and :to) as requests,
                               count(*) filter (where d.decided between :from and :to) as decisions,
                               count(*) filter (where d.decided between :from and :to
                                                and d.decided <= a.request_received + :decisionDays) as decisions_on_time,
                               count(*) filter (where a.refused_on between :from and :to) as refusals,
                               count(*) filter (where a.decided_not_to_issue_on between :from and :to) as not_issued,
                               count(*) filter (where a.final_issued_on between :from and :to) as plans,
                               count(*) filter (where a.final_issued_on between :from and :to
                                                and a.final_issued_on <= a.request_received + :planDays) as plans_on_time,
                               count(*) filter (where a.final_issued_on between :from and :to and %1$s) as plans_with_exception,
                               count(*) filter (where a.final_issued_on between :from and :to
                                                and a.final_issued_on <= a.request_received + :planDays
                                                and not %1$s) as plans_on_time_excluding
                        from needs_assessment a
                        join child c on c.id = a.child_id
                        cross join lateral (select coalesce(a.decided_to_assess_on, a.refused_on) as decided) d
                        where %2$s""".formatted(EXCEPTION_APPLIES, footprintCondition(filter)))
                .params(params(filter))
                .query((rs, n) -> new AssessmentFigures(rs.getLong("requests"), rs.getLong("decisions"),
                        rs.getLong("decisions_on_time"), rs.getLong("refusals"), rs.getLong("not_issued"),
                        rs.getLong("plans"), rs.getLong("plans_on_time"), rs.getLong("plans_with_exception"),
                        rs.getLong("plans_on_time_excluding")))
                .single();
    }

    /**
     * The steps overdue on {@code asAt}: requests still without a decision whether to assess after their 6 weeks, and
     * assessments still open (not refused, not ended without a plan, not finalised, as at that day) after their 20
     * weeks, with how many of those a reg 10(4) exception overlaps. The due date itself is on time. Optionally for
     * children living in one footprint.
     */
    @Transactional(readOnly = true)
    public OverdueSteps overdue(LocalDate asAt, Long footprintId) {
        Map<String, Object> params = new HashMap<>();
        params.put("asAt", Date.valueOf(asAt));
        params.put("decisionDays", StatutoryPeriod.DECISION_TO_ASSESS.days());
        params.put("planDays", StatutoryPeriod.FINAL_PLAN.days());
        if (footprintId != null) {
            params.put("footprint", footprintId);
        }
        return jdbc.sql("""
                        with open_then as (
                            select a.id, a.request_received,
                                   coalesce(a.decided_to_assess_on, a.refused_on) is null
                                       or coalesce(a.decided_to_assess_on, a.refused_on) > :asAt as undecided,
                                   (a.refused_on is null or a.refused_on > :asAt)
                                       and (a.decided_not_to_issue_on is null or a.decided_not_to_issue_on > :asAt)
                                       and (a.final_issued_on is null or a.final_issued_on > :asAt) as no_outcome
                            from needs_assessment a join child c on c.id = a.child_id
                            where %s and a.request_received + :decisionDays < :asAt)
                        select count(*) filter (where undecided) as decisions,
                               count(*) filter (where no_outcome and request_received + :planDays < :asAt) as plans,
                               count(*) filter (where no_outcome and request_received + :planDays < :asAt
                                                and exists (select 1 from assessment_exception e where e.assessment_id = o.id
                                                            and e.from_date <= :asAt and e.to_date >= o.request_received))
                                   as plans_with_exception
                        from open_then o""".formatted(footprintId == null ? "true" : "c.home_footprint_id = :footprint"))
                .params(params)
                .query((rs, n) -> new OverdueSteps(asAt, rs.getLong("decisions"), rs.getLong("plans"),
                        rs.getLong("plans_with_exception")))
                .single();
    }

    /**
     * Review meetings held in the period (and how many on or before their due date), appeals registered, mediations
     * held, appeals decided and those decided for the family, each by its own date in the period; optionally for
     * children living in one footprint.
     */
    @Transactional(readOnly = true)
    public ReviewsAndAppeals reviewsAndAppeals(StatisticsFilter filter) {
        String where = footprintCondition(filter);
        return jdbc.sql("""
                        with reviews as (
                            select count(*) as held, count(*) filter (where r.meeting_on <= r.due_on) as on_time
                            from plan_review r join ehc_plan p on p.id = r.plan_id join child c on c.id = p.child_id
                            where %1$s and r.meeting_on between :from and :to),
                        appeals as (
                            select count(*) filter (where d.registered_on between :from and :to) as registered,
                                   count(*) filter (where d.certificate_on between :from and :to
                                                    and d.mediation_outcome <> 'NOT_TAKEN_UP') as mediations,
                                   count(*) filter (where d.outcome_on between :from and :to) as decided,
                                   count(*) filter (where d.outcome_on between :from and :to
                                                    and d.outcome in ('ALLOWED', 'PARTLY_ALLOWED', 'CONCEDED')) as for_family
                            from disagreement d join child c on c.id = d.child_id where %1$s)
                        select * from reviews cross join appeals""".formatted(where))
                .params(params(filter))
                .query((rs, n) -> new ReviewsAndAppeals(rs.getLong("held"), rs.getLong("on_time"),
                        rs.getLong("registered"), rs.getLong("mediations"), rs.getLong("decided"),
                        rs.getLong("for_family")))
                .single();
    }

    /**
     * Requests, assessments begun, new plans and plans active on the period's last day, by phase, need and setting
     * type ({@link Breakdown}): one statement, each measure counted by its own date in the period as
     * {@link #assessments} and {@link #activePlans} count it, so its totals agree with theirs.
     */
    @Transactional(readOnly = true)
    public Breakdown breakdown(StatisticsFilter filter) {
        List<Breakdown.Count> counts = new ArrayList<>();
        jdbc.sql("""
                        with steps as (
                            select 'REQUESTS' as measure, a.request_received as on_day, c.date_of_birth, c.primary_need,
                                   cs.type as setting_type
                            from needs_assessment a join child c on c.id = a.child_id left join setting cs on cs.id = c.setting_id
                            where %1$s and a.request_received between :from and :to
                            union all
                            select 'ASSESSMENTS', a.decided_to_assess_on, c.date_of_birth, c.primary_need, cs.type
                            from needs_assessment a join child c on c.id = a.child_id left join setting cs on cs.id = c.setting_id
                            where %1$s and a.decided_to_assess_on between :from and :to
                            union all
                            select 'NEW_PLANS', a.final_issued_on, c.date_of_birth, c.primary_need, ns.type
                            from needs_assessment a join child c on c.id = a.child_id left join setting ns on ns.id = a.named_setting_id
                            where %1$s and a.final_issued_on between :from and :to
                            union all
                            select 'ACTIVE_PLANS', cast(:to as date), c.date_of_birth, c.primary_need, s.type
                            from ehc_plan p
                            join child c on c.id = p.child_id
                            join lateral (select v.placement_setting_id from plan_version v
                                          where v.plan_id = p.id and v.kind in ('FINAL', 'AMENDED') and v.issued_on <= :to
                                          order by v.issued_on desc, v.number desc limit 1) v on true
                            left join setting s on s.id = v.placement_setting_id
                            where (p.ceased_on is null or p.ceased_on > :to) and %1$s),
                        years as (
                            select measure, primary_need, setting_type,
                                   (extract(year from on_day - interval '8 months')
                                    - extract(year from date_of_birth - interval '8 months') - 5)::int as nc_year
                            from steps),
                        phased as (
                            select measure, primary_need, setting_type,
                                   case when nc_year < 0 then 'EARLY_YEARS' when nc_year <= 6 then 'PRIMARY'
                                        when nc_year <= 11 then 'SECONDARY' else 'POST_16' end as phase
                            from years)
                        select measure, grouping(phase, primary_need, setting_type) as g, phase, primary_need, setting_type,
                               count(*) as n
                        from phased
                        group by grouping sets ((measure, phase), (measure, primary_need), (measure, setting_type))"""
                        .formatted(footprintCondition(filter)))
                .params(params(filter))
                .query(rs -> {
                    Breakdown.Measure measure = Breakdown.Measure.valueOf(rs.getString("measure"));
                    int grouping = rs.getInt("g");
                    Breakdown.Dimension dimension;
                    String key;
                    if (grouping == 0b011) {
                        dimension = Breakdown.Dimension.PHASE;
                        key = rs.getString("phase");
                    } else if (grouping == 0b101) {
                        dimension = Breakdown.Dimension.NEED;
                        key = rs.getString("primary_need");
                    } else {
                        dimension = Breakdown.Dimension.SETTING_TYPE;
                        key = rs.getString("setting_type");
                    }
                    counts.add(new Breakdown.Count(measure, dimension, key, rs.getLong("n")));
                });
        return new Breakdown(filter.to(), counts);
    }

    /** Every month of the period, oldest first, with zeros for months with nothing recorded. */
    @Transactional(readOnly = true)
    public List<MonthFigures> byMonth(StatisticsFilter filter) {
        return jdbc.sql("""
                        with cases as (
                            select a.request_received, a.final_issued_on,
                                   a.final_issued_on <= a.request_received + :planDays as on_time,
                                   %1$s as exception_applies
                            from needs_assessment a join child c on c.id = a.child_id
                            where %2$s
                              and (a.request_received between :from and :to or a.final_issued_on between :from and :to)),
                        steps as (
                            select date_trunc('month', request_received::timestamp)::date as month, 1 as requests, 0 as plans,
                                   0 as on_time, 0 as counted, 0 as on_time_counted
                            from cases where request_received between :from and :to
                            union all
                            select date_trunc('month', final_issued_on::timestamp)::date, 0, 1, on_time::int,
                                   (not exception_applies)::int, (on_time and not exception_applies)::int
                            from cases where final_issued_on between :from and :to)
                        select m.month::date as month, coalesce(sum(s.requests), 0) as requests,
                               coalesce(sum(s.plans), 0) as plans, coalesce(sum(s.on_time), 0) as on_time,
                               coalesce(sum(s.counted), 0) as counted, coalesce(sum(s.on_time_counted), 0) as on_time_counted
                        from generate_series(date_trunc('month', cast(:from as timestamp)), cast(:to as timestamp), interval '1 month') m(month)
                        left join steps s on s.month = m.month::date
                        group by m.month order by m.month""".formatted(EXCEPTION_APPLIES, footprintCondition(filter)))
                .params(params(filter))
                .query((rs, n) -> new MonthFigures(YearMonth.from(rs.getDate("month").toLocalDate()),
                        rs.getLong("requests"), rs.getLong("plans"), rs.getLong("on_time"), rs.getLong("counted"),
                        rs.getLong("on_time_counted")))
                .list();
    }

    /**
     * The plans active on {@code asAt}: a final or amended version issued on or before that day, and the plan not
     * ceased on or before it. Optionally for children living in one footprint. Counted by need and footprint, by the
     * type of the setting the version in force names, and how many of those settings are in the council's area.
     */
    @Transactional(readOnly = true)
    public ActivePlans activePlans(LocalDate asAt, Long footprintId) {
        Map<String, Object> params = new HashMap<>();
        params.put("asAt", Date.valueOf(asAt));
        String where = "true";
        if (footprintId != null) {
            where = "c.home_footprint_id = :footprint";
            params.put("footprint", footprintId);
        }
        List<ActivePlans.Cell> cells = new ArrayList<>();
        Map<SettingType, Long> bySettingType = new EnumMap<>(SettingType.class);
        long[] total = {0};
        long[] inArea = {0};
        jdbc.sql("""
                        select grouping(c.primary_need, f.id, f.name, s.type, s.in_area) as g,
                               c.primary_need, f.id as footprint_id, f.name as footprint_name, s.type as setting_type,
                               s.in_area, count(*) as plans
                        from ehc_plan p
                        join child c on c.id = p.child_id
                        join footprint f on f.id = c.home_footprint_id
                        join lateral (select v.placement_setting_id from plan_version v
                                      where v.plan_id = p.id and v.kind in ('FINAL', 'AMENDED') and v.issued_on <= :asAt
                                      order by v.issued_on desc, v.number desc limit 1) v on true
                        left join setting s on s.id = v.placement_setting_id
                        where (p.ceased_on is null or p.ceased_on > :asAt) and %s
                        group by grouping sets ((c.primary_need, f.id, f.name), (s.type), (s.in_area), ())""".formatted(where))
                .params(params)
                .query(rs -> {
                    int grouping = rs.getInt("g");
                    long plans = rs.getLong("plans");
                    if (grouping == 0b11111) {
                        total[0] = plans;
                    } else if (grouping == 0b00011) {
                        String need = rs.getString("primary_need");
                        cells.add(new ActivePlans.Cell(need == null ? null : NeedCode.valueOf(need),
                                rs.getLong("footprint_id"), rs.getString("footprint_name"), plans));
                    } else if (grouping == 0b11101) {
                        if (rs.getString("setting_type") != null) {
                            bySettingType.put(SettingType.valueOf(rs.getString("setting_type")), plans);
                        }
                    } else if (Boolean.TRUE.equals(rs.getObject("in_area", Boolean.class))) {
                        inArea[0] = plans;
                    }
                });
        return new ActivePlans(asAt, total[0], List.copyOf(cells), bySettingType, inArea[0]);
    }

    /**
     * Plans active on {@code asAt} that name one of these settings in section I, by setting and the child's primary
     * need: the places the plans occupy.
     */
    @Transactional(readOnly = true)
    public List<PlacesTaken> placesTaken(LocalDate asAt, java.util.Collection<Long> settingIds) {
        if (settingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select v.placement_setting_id as setting_id, c.primary_need, count(*) as plans
                        from ehc_plan p
                        join child c on c.id = p.child_id
                        join lateral (select v.placement_setting_id from plan_version v
                                      where v.plan_id = p.id and v.kind in ('FINAL', 'AMENDED') and v.issued_on <= :asAt
                                      order by v.issued_on desc, v.number desc limit 1) v on true
                        where (p.ceased_on is null or p.ceased_on > :asAt) and v.placement_setting_id in (:settings)
                        group by v.placement_setting_id, c.primary_need""")
                .param("asAt", Date.valueOf(asAt)).param("settings", List.copyOf(settingIds))
                .query((rs, n) -> new PlacesTaken(rs.getLong("setting_id"),
                        rs.getString("primary_need") == null ? null : NeedCode.valueOf(rs.getString("primary_need")),
                        rs.getLong("plans")))
                .list();
    }

    private static String footprintCondition(StatisticsFilter filter) {
        return filter.footprintId() == null ? "true" : "c.home_footprint_id = :footprint";
    }

    private static Map<String, Object> params(StatisticsFilter filter) {
        Map<String, Object> params = new HashMap<>();
        params.put("from", Date.valueOf(filter.from()));
        params.put("to", Date.valueOf(filter.to()));
        params.put("decisionDays", StatutoryPeriod.DECISION_TO_ASSESS.days());
        params.put("planDays", StatutoryPeriod.FINAL_PLAN.days());
        if (filter.footprintId() != null) {
            params.put("footprint", filter.footprintId());
        }
        return params;
    }
}
