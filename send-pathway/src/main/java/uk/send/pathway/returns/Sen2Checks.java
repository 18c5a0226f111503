package uk.send.pathway.returns;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person-level return's validation: every record in the return's cohort ({@link Sen2Scope}) breaking one of
 * the {@link Sen2Rule}s, as one SQL statement. Listed a page at a time (sorted by the child's name) for the staff who
 * fix them, streamed whole for CSV, and counted per rule for a commissioner, who sees no child.
 */
@Service
public class Sen2Checks {

    private final JdbcClient jdbc;

    Sen2Checks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of findings (0-based), optionally of one rule. {@code footprintIds} null is the whole area. */
    @Transactional(readOnly = true)
    public List<Sen2Finding> page(LocalDate census, Collection<Long> footprintIds, Sen2Rule rule, int page, int size) {
        Sen2Scope scope = new Sen2Scope(census, footprintIds);
        return jdbc.sql(findings(scope) + """
                         select * from findings f where cast(:rule as varchar) is null or f.rule = cast(:rule as varchar)
                         order by lower(f.family_name), lower(f.given_name), f.child_id, f.rule, f.record_id
                         limit :size offset :offset""")
                .params(scope.params())
                .param("rule", rule == null ? null : rule.name())
                .param("size", size).param("offset", (long) page * size)
                .query((rs, n) -> new Sen2Finding(Sen2Rule.valueOf(rs.getString("rule")), rs.getLong("child_id"),
                        rs.getString("family_name"), rs.getString("given_name"), rs.getLong("record_id")))
                .list();
    }

    /** A page of findings with the counts per rule: what the staff's list shows. */
    public record Listing(Map<Sen2Rule, Long> counts, List<Sen2Finding> findings) {
    }

    /**
     * {@link #countsByRule} and {@link #page} in one statement, so the findings (every record of the return checked
     * against every rule) are worked out once for the list, not twice.
     */
    @Transactional(readOnly = true)
    public Listing listing(LocalDate census, Collection<Long> footprintIds, Sen2Rule rule, int page, int size) {
        Sen2Scope scope = new Sen2Scope(census, footprintIds);
        Map<Sen2Rule, Long> counts = zeroCounts();
        List<Sen2Finding> findings = new java.util.ArrayList<>();
        jdbc.sql(findings(scope) + """
                         , counted as (select f.rule, count(*) as n from findings f group by f.rule),
                         shown as (
                             select f.*, row_number() over (order by lower(f.family_name), lower(f.given_name),
                                                                    f.child_id, f.rule, f.record_id) as position
                             from findings f where cast(:rule as varchar) is null or f.rule = cast(:rule as varchar)
                             order by position limit :size offset :offset)
                         select c.rule, c.n, null::bigint as child_id, null::varchar as family_name,
                                null::varchar as given_name, null::bigint as record_id, 0::bigint as position
                         from counted c
                         union all
                         select s.rule, null, s.child_id, s.family_name, s.given_name, s.record_id, s.position
                         from shown s
                         order by position""")
                .params(scope.params())
                .param("rule", rule == null ? null : rule.name())
                .param("size", size).param("offset", (long) page * size)
                .query(rs -> {
                    Sen2Rule found = Sen2Rule.valueOf(rs.getString("rule"));
                    if (rs.getLong("position") == 0) {
                        counts.put(found, rs.getLong("n"));
                    } else {
                        findings.add(new Sen2Finding(found, rs.getLong("child_id"), rs.getString("family_name"),
                                rs.getString("given_name"), rs.getLong("record_id")));
                    }
                });
        return new Listing(counts, List.copyOf(findings));
    }

    /** Every finding, optionally of one rule, in the order of {@link #page}: for the CSV file, streamed. */
    @Transactional(readOnly = true)
    public void stream(LocalDate census, Collection<Long> footprintIds, Sen2Rule rule, Consumer<Sen2Finding> each) {
        Sen2Scope scope = new Sen2Scope(census, footprintIds);
        jdbc.sql(findings(scope) + """
                         select * from findings f where cast(:rule as varchar) is null or f.rule = cast(:rule as varchar)
                         order by lower(f.family_name), lower(f.given_name), f.child_id, f.rule, f.record_id""")
                .withFetchSize(500)
                .params(scope.params())
                .param("rule", rule == null ? null : rule.name())
                .query(rs -> {
                    each.accept(new Sen2Finding(Sen2Rule.valueOf(rs.getString("rule")), rs.getLong("child_id"),
                            rs.getString("family_name"), rs.getString("given_name"), rs.getLong("record_id")));
                });
    }

    /** How many records break each rule (every rule present, zero where none). */
    @Transactional(readOnly = true)
    public Map<Sen2Rule, Long> countsByRule(LocalDate census, Collection<Long> footprintIds) {
        Sen2Scope scope = new Sen2Scope(census, footprintIds);
        Map<Sen2Rule, Long> counts = zeroCounts();
        jdbc.sql(findings(scope) + " select f.rule, count(*) as n from findings f group by f.rule")
                .params(scope.params())
                .query(rs -> {
                    counts.put(Sen2Rule.valueOf(rs.getString("rule")), rs.getLong("n"));
                });
        return counts;
    }

    private static Map<Sen2Rule, Long> zeroCounts() {
        Map<Sen2Rule, Long> counts = new EnumMap<>(Sen2Rule.class);
        for (Sen2Rule rule : Sen2Rule.values()) {
            counts.put(rule, 0L);
        }
        return counts;
    }

    /**
     * The findings as a {@code with} clause. School age: 4 to 15 on 31 August before the census (reception to
     * year 11). Overdue: the due date itself is on time, as in {@code StatutoryCalendar}.
     */
    private static String findings(Sen2Scope scope) {
        return """
                with %s,
                people as (
                    select distinct c.id from lines l
                    left join needs_assessment a on a.id = l.assessment_id
                    left join ehc_plan p on p.id = l.plan_id
                    join child c on c.id = coalesce(a.child_id, p.child_id)),
                found as (
                    select 'UPN_MISSING' as rule, c.id as child_id, c.id as record_id
                    from people x join child c on c.id = x.id
                    where c.upn is null
                      and c.date_of_birth <= make_date(extract(year from cast(:census as date))::int - 1, 8, 31) - interval '4 years'
                      and c.date_of_birth > make_date(extract(year from cast(:census as date))::int - 1, 8, 31) - interval '16 years'
                    union all
                    select 'POSTCODE_MISSING', c.id, c.id
                    from people x join child c on c.id = x.id where c.home_postcode is null
                    union all
                    select distinct 'NEED_MISSING', c.id, c.id
                    from pl join child c on c.id = pl.child_id where pl.active and c.primary_need is null
                    union all
                    select 'PLAN_START_MISSING', a.child_id, a.id
                    from req r join needs_assessment a on a.id = r.id
                    where a.final_issued_on <= :census
                      and not exists (select 1 from pl where pl.origin_assessment_id = a.id and pl.start_date is not null)
                    union all
                    select 'CEASE_REASON_UNSPECIFIED', p.child_id, p.id
                    from pl join ehc_plan p on p.id = pl.id
                    where p.ceased_on between :from and :census and (p.cease_reason is null or p.cease_reason = 'OTHER')
                    union all
                    select 'DECISION_OVERDUE', a.child_id, a.id
                    from req r join needs_assessment a on a.id = r.id
                    where (coalesce(a.decided_to_assess_on, a.refused_on) is null
                           or coalesce(a.decided_to_assess_on, a.refused_on) > :census)
                      and a.request_received + :decisionDays < :census
                    union all
                    select 'OUTCOME_OVERDUE', a.child_id, a.id
                    from req r join needs_assessment a on a.id = r.id
                    where a.decided_to_assess_on <= :census
                      and (a.final_issued_on is null or a.final_issued_on > :census)
                      and (a.decided_not_to_issue_on is null or a.decided_not_to_issue_on > :census)
                      and a.request_received + :planDays < :census),
                findings as (
                    select f.rule, f.child_id, f.record_id, c.family_name, c.given_name
                    from found f join child c on c.id = f.child_id)
                """.formatted(scope.cohort());
    }
}
