package uk.send.pathway.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The flow of EHC plans year by year, for the commissioner's demand forecast: one SQL aggregate over the plans and
 * their issued versions, counts only. Optionally for children living in one footprint.
 */
@Service
public class PlanTrends {

    private final JdbcClient jdbc;

    PlanTrends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each financial year from the one starting in {@code firstStartYear} to {@code lastStartYear}, oldest first. */
    @Transactional(readOnly = true)
    public List<PlanYear> byFinancialYear(int firstStartYear, int lastStartYear, Long footprintId) {
        if (lastStartYear < firstStartYear) {
            throw new IllegalArgumentException("the last year is not before the first");
        }
        Map<String, Object> params = new HashMap<>();
        params.put("first", firstStartYear);
        params.put("last", lastStartYear);
        String where = "true";
        if (footprintId != null) {
            where = "c.home_footprint_id = :footprint";
            params.put("footprint", footprintId);
        }
        return jdbc.sql("""
                        with plans as (
                            select p.id, min(v.issued_on) as issued, p.ceased_on
                            from ehc_plan p
                            join child c on c.id = p.child_id
                            join plan_version v on v.plan_id = p.id and v.kind in ('FINAL', 'AMENDED')
                            where %s
                            group by p.id, p.ceased_on
                            having p.ceased_on is null or p.ceased_on >= min(v.issued_on)),
                        years as (
                            select y, make_date(y, 4, 1) as first_day, make_date(y + 1, 3, 31) as last_day
                            from generate_series(cast(:first as integer), cast(:last as integer)) y)
                        select y.y as start_year,
                               count(p.id) filter (where p.issued < y.first_day
                                                   and (p.ceased_on is null or p.ceased_on >= y.first_day)) as at_start,
                               count(p.id) filter (where p.issued between y.first_day and y.last_day) as issued,
                               count(p.id) filter (where p.ceased_on between y.first_day and y.last_day) as ceased,
                               count(p.id) filter (where p.issued <= y.last_day
                                                   and (p.ceased_on is null or p.ceased_on > y.last_day)) as at_end
                        from years y left join plans p on true
                        group by y.y order by y.y""".formatted(where))
                .params(params)
                .query((rs, n) -> new PlanYear(rs.getInt("start_year"), rs.getLong("at_start"), rs.getLong("issued"),
                        rs.getLong("ceased"), rs.getLong("at_end")))
                .list();
    }
}
