package uk.send.pathway.returns;

import java.sql.Date;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.send.pathway.calendar.StatutoryPeriod;

/**
 * Which records a person-level return covers: the census date, the collection year (the calendar year before it,
 * 1 January to 31 December) and the children's home footprints (null: the whole area). Package-private SQL shared
 * by {@link Sen2Records} and {@link Sen2Checks}, so a rule is checked over exactly the records the file holds.
 *
 * <p>Requests in the return: received on or before the census date and either received in the collection year,
 * decided or ended in the collection year or up to the census date, or still open on the census date. Plans in the
 * return: a final version issued on or before the census date, and the plan not ceased before the collection year.
 */
record Sen2Scope(LocalDate census, Collection<Long> footprintIds) {

    Sen2Scope {
        footprintIds = footprintIds == null ? null : List.copyOf(footprintIds);
    }

    LocalDate from() {
        return LocalDate.of(census.getYear() - 1, Month.JANUARY, 1);
    }

    LocalDate to() {
        return LocalDate.of(census.getYear() - 1, Month.DECEMBER, 31);
    }

    String childCondition() {
        return "c.merged_into_id is null and " + (footprintIds == null ? "true" : "c.home_footprint_id in (:footprints)");
    }

    /** The cohort as common table expressions: {@code req} (requests), {@code pl} (plans) and {@code lines}. */
    String cohort() {
        return """
                req as (
                    select a.id from needs_assessment a join child c on c.id = a.child_id
                    where %1$s and a.request_received <= :census
                      and (a.request_received between :from and :to
                           or coalesce(a.decided_to_assess_on, a.refused_on) between :from and :census
                           or a.decided_not_to_issue_on between :from and :census
                           or a.final_issued_on between :from and :census
                           or ((a.refused_on is null or a.refused_on > :census)
                               and (a.decided_not_to_issue_on is null or a.decided_not_to_issue_on > :census)
                               and (a.final_issued_on is null or a.final_issued_on > :census)))),
                pl as (
                    select p.id, p.origin_assessment_id, p.child_id,
                           (select min(v.issued_on) from plan_version v
                            where v.plan_id = p.id and v.kind = 'FINAL' and v.issued_on <= :census) as start_date,
                           (p.ceased_on is null or p.ceased_on > :census) as active
                    from ehc_plan p join child c on c.id = p.child_id
                    where %1$s and (p.ceased_on is null or p.ceased_on >= :from)
                      and exists (select 1 from plan_version v where v.plan_id = p.id
                                  and v.kind in ('FINAL', 'AMENDED') and v.issued_on <= :census)),
                lines as (
                    select r.id as assessment_id, p.id as plan_id from req r left join pl p on p.origin_assessment_id = r.id
                    union all
                    select p.origin_assessment_id, p.id from pl p
                    where p.origin_assessment_id is null or p.origin_assessment_id not in (select id from req))
                """.formatted(childCondition());
    }

    Map<String, Object> params() {
        Map<String, Object> params = new HashMap<>();
        params.put("census", Date.valueOf(census));
        params.put("from", Date.valueOf(from()));
        params.put("to", Date.valueOf(to()));
        params.put("decisionDays", StatutoryPeriod.DECISION_TO_ASSESS.days());
        params.put("planDays", StatutoryPeriod.FINAL_PLAN.days());
        if (footprintIds != null) {
            params.put("footprints", footprintIds.isEmpty() ? List.of(-1L) : footprintIds);
        }
        return params;
    }
}
