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

    /** Per footprint: settings, children living there, at SEN Support and with EHC plans. */
    @Transactional(readOnly = true)
    public List<FootprintSummary> byFootprint() {
        return jdbc.sql("""
                        select f.id, f.code, f.name,
                               (select count(*) from setting s where s.footprint_id = f.id) as settings,
                               count(c.id) as children,
                               count(c.id) filter (where c.sen_provision = 'K') as sen_support,
                               count(c.id) filter (where c.sen_provision = 'E') as ehc_plans
                        from footprint f left join child c on c.home_footprint_id = f.id and c.merged_into_id is null
                        group by f.id, f.code, f.name
                        order by f.name""")
                .query((rs, n) -> new FootprintSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getLong("settings"), rs.getLong("children"), rs.getLong("sen_support"), rs.getLong("ehc_plans")))
                .list();
    }

    /** The same counts for some footprints only. */
    @Transactional(readOnly = true)
    public List<FootprintSummary> byFootprint(Collection<Long> footprintIds) {
        return byFootprint().stream().filter(s -> footprintIds.contains(s.footprintId())).toList();
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
        jdbc.sql("""
                        select primary_need, count(*) as n from child where primary_need is not null and merged_into_id is null
                        group by primary_need""")
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
