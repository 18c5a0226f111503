package uk.send.domain.reference;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Aggregate views of the reference data, for commissioners, panels and administrators. */
@Service
public class ReferenceStatistics {

    private final JdbcClient jdbc;

    ReferenceStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Per footprint: settings, children living there, at SEN Support and with EHC plans. The children's counts
     * come from {@code child_count}, which the database keeps as children change (a few rows per footprint),
     * so this is one grouped query whatever the council's size.
     */
    @Transactional(readOnly = true)
    public List<FootprintSummary> byFootprint() {
        return footprints("true", Map.of());
    }

    /** The same counts for some footprints only, in one query. */
    @Transactional(readOnly = true)
    public List<FootprintSummary> byFootprint(Collection<Long> footprintIds) {
        if (footprintIds.isEmpty()) {
            return List.of();
        }
        return footprints("f.id in (:ids)", Map.of("ids", List.copyOf(footprintIds)));
    }

    private List<FootprintSummary> footprints(String where, Map<String, Object> params) {
        return jdbc.sql("""
                        select f.id, f.code, f.name,
                               (select count(*) from setting s where s.footprint_id = f.id) as settings,
                               coalesce(sum(n.children), 0) as children,
                               coalesce(sum(n.children) filter (where n.sen_provision = 'K'), 0) as sen_support,
                               coalesce(sum(n.children) filter (where n.sen_provision = 'E'), 0) as ehc_plans
                        from footprint f left join child_count n on n.footprint_id = f.id
                        where %s
                        group by f.id, f.code, f.name
                        order by f.name""".formatted(where))
                .params(params)
                .query((rs, n) -> new FootprintSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("settings"), rs.getLong("children"), rs.getLong("sen_support"), rs.getLong("ehc_plans")))
                .list();
    }

    /** How many settings of each type. */
    @Transactional(readOnly = true)
    public Map<SettingType, Long> settingsByType() {
        Map<SettingType, Long> counts = new EnumMap<>(SettingType.class);
        for (SettingType type : SettingType.values()) {
            counts.put(type, 0L);
        }
        jdbc.sql("select type, count(*) as n from setting group by type")
                .query((rs, n) -> Map.entry(SettingType.valueOf(rs.getString("type")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Children by primary need, for those with SEN (support or plan). */
    @Transactional(readOnly = true)
    public Map<NeedCode, Long> childrenByPrimaryNeed() {
        Map<NeedCode, Long> counts = new EnumMap<>(NeedCode.class);
        jdbc.sql("select primary_need, sum(children) as n from child_count where primary_need <> '' group by primary_need having sum(children) > 0")
                .query((rs, n) -> Map.entry(NeedCode.valueOf(rs.getString("primary_need")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }

    /** Children on roll at one setting, by SEN provision. */
    @Transactional(readOnly = true)
    public Map<SenProvision, Long> provisionAtSetting(long settingId) {
        Map<SenProvision, Long> counts = new EnumMap<>(SenProvision.class);
        for (SenProvision p : SenProvision.values()) {
            counts.put(p, 0L);
        }
        jdbc.sql("""
                        select sen_provision, count(*) as n from child where setting_id = :id and merged_into_id is null
                        group by sen_provision""")
                .param("id", settingId)
                .query((rs, n) -> Map.entry(SenProvision.valueOf(rs.getString("sen_provision")), rs.getLong("n")))
                .list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        return counts;
    }
}
