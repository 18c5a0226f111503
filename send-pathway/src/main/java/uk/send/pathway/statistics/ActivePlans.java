package uk.send.pathway.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingType;

/**
 * The EHC plans active on a date: a final (or amended) version issued on or before it and the plan not ceased by
 * then. Counted by the child's primary need and home footprint, and by the type of the setting the plan names.
 *
 * @param cells         one count per need and footprint present (need null: none recorded)
 * @param bySettingType plans by the type of the setting named in section I of the version in force
 * @param inArea        of the plans naming a setting, those whose setting is in the council's own area
 */
public record ActivePlans(LocalDate asAt, long total, List<Cell> cells, Map<SettingType, Long> bySettingType,
        long inArea) {

    /** Plans counted with none of their settings in the area recorded. */
    public ActivePlans(LocalDate asAt, long total, List<Cell> cells, Map<SettingType, Long> bySettingType) {
        this(asAt, total, cells, bySettingType, 0);
    }

    /** Plans naming a setting in section I (of any type). */
    public long placed() {
        return bySettingType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** % of the plans naming a setting whose setting is in the council's own area; null when none name one. */
    public Double percentInArea() {
        return Percent.of(inArea, placed());
    }

    /** Plans for children of one primary need living in one footprint. */
    public record Cell(NeedCode need, long footprintId, String footprintName, long plans) {
    }

    /** Plans naming a mainstream school (maintained or academy), of all active plans; null when there are none. */
    public Double percentInMainstream() {
        long mainstream = bySettingType.entrySet().stream().filter(e -> e.getKey().isMainstream())
                .mapToLong(Map.Entry::getValue).sum();
        return Percent.of(mainstream, total);
    }
}
