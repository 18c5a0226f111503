package uk.send.pathway.support;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/**
 * The register's queries, in SQL: one setting's pupils (the SENCO's scope is exactly the children on roll
 * there, as {@code ChildScope} says), filtered, ordered and paged in the database, joined to their open SEN
 * Support record and the cycle in progress. Reads the child table's census columns the way the domain's own
 * statistics do; writes nothing there (the census follows this module's events through {@code ChildDirectory}).
 */
@Component
class SupportRegister {

    private static final Pattern UPN_LIKE = Pattern.compile("[A-Za-z][0-9]{11}[0-9A-Za-z]");

    private final JdbcClient jdbc;

    SupportRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String FROM = """
            from child c
            left join sen_support_record r on r.child_id = c.id and r.removed_on is null and r.setting_id = c.setting_id
            left join support_plan p on p.record_id = r.id and p.status = 'OPEN'
            where c.setting_id = :setting and c.sen_provision in ('K', 'E')""";

    Page<RegisterEntry> page(long settingId, RegisterFilter filter, LocalDate today, SupportPolicy policy, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        String where = conditions(settingId, filter, today, policy, params);
        long total = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<RegisterEntry> rows = jdbc.sql("""
                        select c.id, c.given_name, c.family_name, c.date_of_birth, c.upn, c.sen_provision, c.primary_need,
                               c.secondary_need, r.added_on, p.id as plan_id, p.review_due, p.tier
                        """ + FROM + where + """

                        order by lower(c.family_name), lower(c.given_name), c.id
                        limit :limit offset :offset""")
                .params(params)
                .query((rs, n) -> entry(rs, today, policy))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    private static String conditions(long settingId, RegisterFilter filter, LocalDate today, SupportPolicy policy,
                                     Map<String, Object> params) {
        params.put("setting", settingId);
        StringBuilder where = new StringBuilder();
        if (filter.provision() == SenProvision.K || filter.provision() == SenProvision.E) {
            where.append(" and c.sen_provision = :provision");
            params.put("provision", filter.provision().name());
        }
        if (filter.need() != null) {
            where.append(" and c.primary_need = :need");
            params.put("need", filter.need().name());
        }
        if (filter.status() != null) {
            params.put("today", today);
            params.put("soon", today.plus(policy.dueSoon()));
            where.append(switch (filter.status()) {
                case NO_PLAN -> " and c.sen_provision = 'K' and p.id is null";
                case EHC_PLAN -> " and c.sen_provision = 'E' and p.id is null";
                case IN_PLACE -> " and p.review_due > :soon";
                case REVIEW_DUE -> " and p.review_due between :today and :soon";
                case REVIEW_OVERDUE -> " and p.review_due < :today";
            });
        }
        if (filter.tier() != null) {
            where.append(" and p.tier = :tier");
            params.put("tier", filter.tier());
        }
        String query = filter.query() == null ? "" : filter.query().strip();
        if (!query.isEmpty()) {
            if (UPN_LIKE.matcher(query).matches()) {
                where.append(" and c.upn = :upn");
                params.put("upn", query.toUpperCase(Locale.ROOT));
            } else {
                where.append(" and (lower(c.family_name) like :like escape '\\' or lower(c.given_name) like :like escape '\\'"
                        + " or lower(c.given_name || ' ' || c.family_name) like :like escape '\\')");
                params.put("like", like(query));
            }
        }
        return where.toString();
    }

    static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static RegisterEntry entry(ResultSet rs, LocalDate today, SupportPolicy policy) throws SQLException {
        SenProvision provision = SenProvision.valueOf(rs.getString("sen_provision"));
        Long planId = rs.getObject("plan_id", Long.class);
        LocalDate due = rs.getObject("review_due", LocalDate.class);
        RegisterStatus status = planId != null ? policy.status(due, today)
                : provision == SenProvision.E ? RegisterStatus.EHC_PLAN : RegisterStatus.NO_PLAN;
        return new RegisterEntry(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"), provision,
                need(rs.getString("primary_need")), need(rs.getString("secondary_need")),
                rs.getObject("added_on", LocalDate.class), planId, due, status, rs.getString("tier"));
    }

    private static NeedCode need(String code) {
        return code == null ? null : NeedCode.valueOf(code);
    }

    /** Pupils on roll at the setting who are not on the register (no SEN recorded), matching a name or UPN: to add one. */
    Page<Pupil> withoutSen(long settingId, String query, Pageable pageable) {
        Map<String, Object> params = new HashMap<>();
        params.put("setting", settingId);
        StringBuilder where = new StringBuilder(" from child c where c.setting_id = :setting and c.sen_provision = 'N'");
        String q = query == null ? "" : query.strip();
        if (!q.isEmpty()) {
            if (UPN_LIKE.matcher(q).matches()) {
                where.append(" and c.upn = :upn");
                params.put("upn", q.toUpperCase(Locale.ROOT));
            } else {
                where.append(" and (lower(c.family_name) like :like escape '\\' or lower(c.given_name) like :like escape '\\'"
                        + " or lower(c.given_name || ' ' || c.family_name) like :like escape '\\')");
                params.put("like", like(q));
            }
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        if (total == 0) {
            return Page.empty(pageable);
        }
        params.put("limit", pageable.getPageSize());
        params.put("offset", pageable.getOffset());
        List<Pupil> rows = jdbc.sql(PUPIL_COLUMNS + where
                        + " order by lower(c.family_name), lower(c.given_name), c.id limit :limit offset :offset")
                .params(params).query((rs, n) -> pupil(rs)).list();
        return new PageImpl<>(new ArrayList<>(rows), pageable, total);
    }

    private static final String PUPIL_COLUMNS = """
            select c.id, c.given_name, c.family_name, c.date_of_birth, c.upn, c.sen_provision, c.primary_need,
                   c.secondary_need""";

    /** The pupil, if on roll at the setting. */
    Optional<Pupil> onRoll(long settingId, long childId) {
        return jdbc.sql(PUPIL_COLUMNS + " from child c where c.id = :child and c.setting_id = :setting")
                .param("child", childId).param("setting", settingId)
                .query((rs, n) -> pupil(rs)).optional();
    }

    /** Whether there is such a child at all (to tell a refusal, 403, from an unknown id, 404). */
    boolean exists(long childId) {
        return jdbc.sql("select exists (select 1 from child where id = :child)").param("child", childId)
                .query(Boolean.class).single();
    }

    /** The census provision the child is recorded with now. */
    Optional<SenProvision> provision(long childId) {
        return jdbc.sql("select sen_provision from child where id = :child").param("child", childId)
                .query(String.class).optional().map(SenProvision::valueOf);
    }

    private static Pupil pupil(ResultSet rs) throws SQLException {
        return new Pupil(rs.getLong("id"), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"),
                SenProvision.valueOf(rs.getString("sen_provision")), need(rs.getString("primary_need")),
                need(rs.getString("secondary_need")));
    }
}
