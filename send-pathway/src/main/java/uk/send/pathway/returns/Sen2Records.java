package uk.send.pathway.returns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person-level return's rows for a census date, in child order (then request date), streamed from one SQL
 * statement with a fetch size so the database hands them over a batch at a time: a council's return is written
 * out as it is read, never held in memory.
 */
@Service
public class Sen2Records {

    private static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;

    Sen2Records(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Hands each row to {@code each}, children in id order. {@code footprintIds} null is the whole area (the
     * return); otherwise the children living in those footprints.
     */
    @Transactional(readOnly = true)
    public void stream(LocalDate census, Collection<Long> footprintIds, Consumer<Sen2Row> each) {
        Sen2Scope scope = new Sen2Scope(census, footprintIds);
        jdbc.sql("""
                        with %s
                        select c.id as child_id, c.family_name, c.given_name, c.date_of_birth, c.upn, c.home_postcode,
                               c.primary_need, c.secondary_need,
                               a.id as assessment_id, a.request_received, a.requested_by,
                               case when a.decided_to_assess_on <= :census then a.decided_to_assess_on
                                    when a.refused_on <= :census then a.refused_on end as request_outcome_date,
                               case when a.decided_to_assess_on <= :census then true
                                    when a.refused_on <= :census then false end as decided_to_assess,
                               %2$s as request_mediation, %3$s as request_tribunal,
                               case when a.final_issued_on <= :census then a.final_issued_on
                                    when a.decided_not_to_issue_on <= :census then a.decided_not_to_issue_on end
                                   as assessment_outcome_date,
                               case when a.final_issued_on <= :census then true
                                    when a.decided_not_to_issue_on <= :census then false end as plan_to_be_issued,
                               %4$s as assessment_mediation, %5$s as assessment_tribunal,
                               coalesce(a.decided_to_assess_on <= :census and exists (
                                   select 1 from assessment_exception e where e.assessment_id = a.id
                                   and e.from_date <= least(coalesce(a.final_issued_on, :census), :census)
                                   and e.to_date >= a.request_received), false) as week20,
                               p.id as plan_id, pl.start_date,
                               case when p.ceased_on <= :census then p.ceased_on end as ceased_on,
                               case when p.ceased_on <= :census then p.cease_reason end as cease_reason,
                               cv.budget_requested, cv.budget_direct_payments, coalesce(pl.active, false) as active,
                               (select max(r.meeting_on) from plan_review r where r.plan_id = p.id and r.meeting_on <= :census)
                                   as last_review,
                               s.urn, s.type as setting_type,
                               (select min(v.issued_on) from plan_version v where v.plan_id = p.id
                                and v.kind in ('FINAL', 'AMENDED') and v.issued_on <= :census
                                and v.placement_setting_id = cv.placement_setting_id) as entry_date
                        from lines l
                        left join needs_assessment a on a.id = l.assessment_id
                        left join ehc_plan p on p.id = l.plan_id
                        left join pl on pl.id = l.plan_id
                        join child c on c.id = coalesce(a.child_id, p.child_id)
                        left join lateral (select v.placement_setting_id, v.budget_requested, v.budget_direct_payments
                                           from plan_version v where v.plan_id = p.id and v.kind in ('FINAL', 'AMENDED')
                                             and v.issued_on <= :census
                                           order by v.issued_on desc, v.number desc limit 1) cv on true
                        left join setting s on s.id = cv.placement_setting_id
                        order by c.id, a.request_received nulls first, a.id, p.id"""
                        .formatted(scope.cohort(), disagreement("REFUSAL_TO_ASSESS", "certificate_on"),
                                disagreement("REFUSAL_TO_ASSESS", "registered_on"),
                                disagreement("REFUSAL_TO_ISSUE", "certificate_on"),
                                disagreement("REFUSAL_TO_ISSUE", "registered_on")))
                .withFetchSize(FETCH_SIZE)
                .params(scope.params())
                .query(rs -> {
                    each.accept(row(rs));
                });
    }

    /**
     * A mediation (a certificate after mediation actually held) or an appeal registered with the tribunal, on or
     * before the census date, about this request's refusal to assess or refusal to issue.
     */
    private static String disagreement(String appealType, String dateColumn) {
        String held = dateColumn.equals("certificate_on") ? " and d.mediation_outcome <> 'NOT_TAKEN_UP'" : "";
        return """
                exists (select 1 from disagreement d where d.child_id = c.id and d.appeal_type = '%s'
                        and a.id is not null and d.decision_on >= a.request_received and d.%s <= :census%s)"""
                .formatted(appealType, dateColumn, held);
    }

    private static Sen2Row row(ResultSet rs) throws SQLException {
        return new Sen2Row(rs.getLong("child_id"), rs.getString("family_name"), rs.getString("given_name"),
                date(rs, "date_of_birth"), rs.getString("upn"), rs.getString("home_postcode"),
                rs.getString("primary_need"), rs.getString("secondary_need"),
                (Long) rs.getObject("assessment_id", Long.class), date(rs, "request_received"), rs.getString("requested_by"),
                date(rs, "request_outcome_date"), rs.getObject("decided_to_assess", Boolean.class),
                rs.getBoolean("request_mediation"), rs.getBoolean("request_tribunal"),
                date(rs, "assessment_outcome_date"), rs.getObject("plan_to_be_issued", Boolean.class),
                rs.getBoolean("assessment_mediation"), rs.getBoolean("assessment_tribunal"), rs.getBoolean("week20"),
                rs.getObject("plan_id", Long.class), date(rs, "start_date"), date(rs, "ceased_on"),
                rs.getString("cease_reason"), rs.getObject("budget_requested", Boolean.class),
                rs.getObject("budget_direct_payments", Boolean.class), rs.getBoolean("active"),
                date(rs, "last_review"), rs.getString("urn"), rs.getString("setting_type"), date(rs, "entry_date"));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        java.sql.Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
