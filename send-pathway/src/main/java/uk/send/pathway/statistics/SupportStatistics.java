package uk.send.pathway.statistics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.NeedCode;
import uk.send.pathway.support.SupportPolicy;
import uk.send.pathway.support.SupportTier;

/**
 * SEN Support across the area, the "graduated response" evidence: pupils at SEN Support by school, footprint and
 * need (the need on their SEN Support record), the share with a cycle reviewed in the last term (the configured
 * review interval, one term by default), and requests for an EHC needs assessment in the last 12 months with how many
 * followed at least one full assess-plan-do-review cycle. A pupil and a request count at the school the child is at
 * (for a request, the child's school today) and in that school's footprint. Counts only, each one SQL aggregate;
 * commissioners see the whole area, caseworkers the schools in their footprints.
 */
@Service
public class SupportStatistics {

    private static final String PUPILS = """
            select r.setting_id, r.primary_need as need,
                   (select p.tier from support_plan p where p.record_id = r.id and p.status = 'OPEN') as tier,
                   exists (select 1 from support_plan p where p.record_id = r.id
                           and p.reviewed_on > :reviewedAfter and p.reviewed_on <= :today) as reviewed
            from sen_support_record r
            where r.removed_on is null and r.added_on <= :today and (:need = '' or r.primary_need = :need)""";

    private static final String REQUESTS = """
            select c.setting_id, c.primary_need as need,
                   exists (select 1 from support_plan p join sen_support_record r on r.id = p.record_id
                           where r.child_id = a.child_id and p.status = 'REVIEWED'
                           and p.reviewed_on <= a.request_received) as after_cycle
            from needs_assessment a join child c on c.id = a.child_id
            where a.request_received > :requestsAfter and a.request_received <= :today
              and c.setting_id is not null and c.merged_into_id is null and (:need = '' or c.primary_need = :need)""";

    private final JdbcClient jdbc;
    private final SupportPolicy policy;
    private final Clock clock;

    SupportStatistics(JdbcClient jdbc, SupportPolicy policy, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.clock = clock;
    }

    private static String scope(Viewer viewer) {
        if (viewer.role() == Role.COMMISSIONER) {
            return "true";
        }
        if (viewer.role() == Role.CASEWORKER) {
            return viewer.footprintIds().isEmpty() ? "false" : "s.footprint_id in (:footprints)";
        }
        throw new NotInScopeException("SEN_SUPPORT");
    }

    private Map<String, Object> params(Viewer viewer, NeedCode need) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("reviewedAfter", today.minus(policy.reviewInterval()));
        params.put("requestsAfter", today.minusYears(1));
        params.put("need", need == null ? "" : need.name());
        params.put("footprints", viewer.footprintIds().isEmpty() ? List.of(-1L) : List.copyOf(viewer.footprintIds()));
        return params;
    }

    /** By footprint (every footprint in scope, by name) and by need (every need), with the total: three statements. */
    @Transactional(readOnly = true)
    public SupportAcrossArea acrossArea(Viewer viewer, NeedCode need) {
        String scope = scope(viewer);
        Map<String, Object> params = params(viewer, need);
        List<SupportAcrossArea.Footprint> footprints = jdbc.sql("""
                        with pupils as (%1$s), requests as (%2$s)
                        select f.id, f.name,
                               (select count(*) from pupils p join setting s on s.id = p.setting_id where s.footprint_id = f.id) as pupils,
                               (select count(*) from pupils p join setting s on s.id = p.setting_id where s.footprint_id = f.id and p.reviewed) as reviewed,
                               (select count(*) from requests q join setting s on s.id = q.setting_id where s.footprint_id = f.id) as requests,
                               (select count(*) from requests q join setting s on s.id = q.setting_id where s.footprint_id = f.id and q.after_cycle) as after_cycle
                        from footprint f where %3$s order by f.name, f.id"""
                        .formatted(PUPILS, REQUESTS, scope.replace("s.footprint_id", "f.id")))
                .params(params)
                .query((rs, n) -> new SupportAcrossArea.Footprint(rs.getLong("id"), rs.getString("name"), figures(rs)))
                .list();
        Map<NeedCode, long[]> byNeed = new EnumMap<>(NeedCode.class);
        jdbc.sql("""
                        with pupils as (%1$s), requests as (%2$s)
                        select need, sum(pupils) as pupils, sum(reviewed) as reviewed, sum(requests) as requests,
                               sum(after_cycle) as after_cycle
                        from (select p.need, 1 as pupils, case when p.reviewed then 1 else 0 end as reviewed, 0 as requests, 0 as after_cycle
                              from pupils p join setting s on s.id = p.setting_id where %3$s
                              union all
                              select q.need, 0, 0, 1, case when q.after_cycle then 1 else 0 end
                              from requests q join setting s on s.id = q.setting_id where %3$s and q.need is not null) counted
                        group by need""".formatted(PUPILS, REQUESTS, scope))
                .params(params)
                .query(rs -> {
                    byNeed.put(NeedCode.valueOf(rs.getString("need")), new long[] {rs.getLong("pupils"),
                            rs.getLong("reviewed"), rs.getLong("requests"), rs.getLong("after_cycle")});
                });
        List<SupportAcrossArea.Need> needs = new ArrayList<>();
        for (NeedCode code : NeedCode.values()) {
            long[] c = byNeed.getOrDefault(code, new long[4]);
            needs.add(new SupportAcrossArea.Need(code, new SupportFigures(c[0], c[1], c[2], c[3])));
        }
        List<SupportAcrossArea.Tier> tiers = policy.tiersInForce() ? byTier(scope, params) : List.of();
        SupportFigures total = footprints.stream().map(SupportAcrossArea.Footprint::figures)
                .reduce(SupportFigures.NONE, SupportFigures::plus);
        return new SupportAcrossArea((LocalDate) params.get("today"), (LocalDate) params.get("reviewedAfter"),
                (LocalDate) params.get("requestsAfter"), footprints, needs, tiers, total);
    }

    /**
     * For the commissioner's KPIs: pupils at SEN Support today and how many had a cycle reviewed in the last term, in
     * every footprint (by the footprint of the pupil's school, as {@link #acrossArea} counts them), by name, or in one
     * footprint only. One statement, the same rule as {@link #acrossArea}.
     */
    @Transactional(readOnly = true)
    public SupportAcrossArea reviewedInLastTerm(Long footprintId) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        params.put("reviewedAfter", today.minus(policy.reviewInterval()));
        params.put("requestsAfter", today.minusYears(1));
        params.put("need", "");
        params.put("footprint", footprintId == null ? -1L : footprintId);
        List<SupportAcrossArea.Footprint> footprints = jdbc.sql("""
                        with pupils as (%1$s)
                        select f.id, f.name, count(p.setting_id) as pupils, count(*) filter (where p.reviewed) as reviewed
                        from footprint f left join setting s on s.footprint_id = f.id
                        left join pupils p on p.setting_id = s.id
                        where (:footprint = -1 or f.id = :footprint)
                        group by f.id, f.name order by f.name, f.id""".formatted(PUPILS))
                .params(params)
                .query((rs, n) -> new SupportAcrossArea.Footprint(rs.getLong("id"), rs.getString("name"),
                        new SupportFigures(rs.getLong("pupils"), rs.getLong("reviewed"), 0, 0)))
                .list();
        SupportFigures total = footprints.stream().map(SupportAcrossArea.Footprint::figures)
                .reduce(SupportFigures.NONE, SupportFigures::plus);
        return new SupportAcrossArea((LocalDate) params.get("today"), (LocalDate) params.get("reviewedAfter"),
                (LocalDate) params.get("requestsAfter"), footprints, List.of(), List.of(), total);
    }

    /**
     * Pupils at SEN Support by the tier of their cycle in progress, in the configured order, then those with none:
     * one statement. A tier no longer in force is listed while pupils are in it.
     */
    private List<SupportAcrossArea.Tier> byTier(String scope, Map<String, Object> params) {
        Map<String, long[]> counted = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        with pupils as (%1$s)
                        select p.tier, count(*) as pupils, count(*) filter (where p.reviewed) as reviewed
                        from pupils p join setting s on s.id = p.setting_id where %2$s
                        group by p.tier""".formatted(PUPILS, scope))
                .params(params)
                .query(rs -> {
                    counted.put(rs.getString("tier"), new long[] {rs.getLong("pupils"), rs.getLong("reviewed")});
                });
        List<SupportAcrossArea.Tier> tiers = new ArrayList<>();
        for (SupportTier tier : policy.tiers()) {
            long[] c = counted.remove(tier.code());
            if (tier.inForce() || c != null) {
                tiers.add(new SupportAcrossArea.Tier(tier.code(), tier.name(), tiered(c)));
            }
        }
        long[] none = counted.remove(null);
        // codes stored on plans but no longer configured: named by their code
        counted.forEach((code, c) -> tiers.add(new SupportAcrossArea.Tier(code, code, tiered(c))));
        tiers.add(new SupportAcrossArea.Tier(null, null, tiered(none)));
        return tiers;
    }

    private static SupportFigures tiered(long[] c) {
        return c == null ? SupportFigures.NONE : new SupportFigures(c[0], c[1], 0, 0);
    }

    /**
     * By school, by name, paged in the database: the schools in scope (optionally one footprint's) with a pupil at
     * SEN Support or a request, and every open mainstream school (none at SEN Support is worth seeing).
     */
    @Transactional(readOnly = true)
    public Page<SupportAcrossArea.School> bySchool(Viewer viewer, Long footprintId, NeedCode need, Pageable pageable) {
        String scope = scope(viewer);
        Map<String, Object> params = params(viewer, need);
        params.put("footprint", footprintId == null ? -1L : footprintId);
        String from = """
                with pupils as (%1$s), requests as (%2$s)
                select s.id, s.name, f.name as footprint,
                       coalesce(p.pupils, 0) as pupils, coalesce(p.reviewed, 0) as reviewed,
                       coalesce(q.requests, 0) as requests, coalesce(q.after_cycle, 0) as after_cycle
                from setting s
                join footprint f on f.id = s.footprint_id
                left join (select setting_id, count(*) as pupils, count(*) filter (where reviewed) as reviewed
                           from pupils group by setting_id) p on p.setting_id = s.id
                left join (select setting_id, count(*) as requests, count(*) filter (where after_cycle) as after_cycle
                           from requests group by setting_id) q on q.setting_id = s.id
                where %3$s %4$s
                  and (p.pupils is not null or q.requests is not null
                       or (s.open and s.type in ('MAINSTREAM_MAINTAINED', 'MAINSTREAM_ACADEMY')))"""
                .formatted(PUPILS, REQUESTS, scope, footprintId == null ? "" : "and s.footprint_id = :footprint");
        long total = jdbc.sql("select count(*) from (" + from + ") schools").params(params).query(Long.class).single();
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<SupportAcrossArea.School> rows = jdbc.sql(from + " order by s.name, s.id limit :limit offset :offset")
                .params(params)
                .query((rs, n) -> new SupportAcrossArea.School(rs.getLong("id"), rs.getString("name"),
                        rs.getString("footprint"), figures(rs)))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static SupportFigures figures(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new SupportFigures(rs.getLong("pupils"), rs.getLong("reviewed"), rs.getLong("requests"),
                rs.getLong("after_cycle"));
    }
}
