package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.pathway.statistics.ActivePlans;

/** Active plans as a table: a row per need (with plans), a column per footprint, and totals both ways. */
public record NeedByFootprint(List<FootprintView> footprints, List<Row> rows, Map<Long, Long> columnTotals, long total) {

    public record Row(NeedCode need, Map<Long, Long> byFootprint, long total) {
    }

    static NeedByFootprint of(ActivePlans active, List<FootprintView> footprints) {
        Map<NeedCode, Map<Long, Long>> byNeed = new EnumMap<>(NeedCode.class);
        Map<Long, Long> unrecorded = new LinkedHashMap<>();
        Map<Long, Long> columns = new LinkedHashMap<>();
        for (ActivePlans.Cell cell : active.cells()) {
            Map<Long, Long> row = cell.need() == null ? unrecorded
                    : byNeed.computeIfAbsent(cell.need(), n -> new LinkedHashMap<>());
            row.merge(cell.footprintId(), cell.plans(), Long::sum);
            columns.merge(cell.footprintId(), cell.plans(), Long::sum);
        }
        List<Row> rows = new ArrayList<>();
        byNeed.forEach((need, row) -> rows.add(new Row(need, row, row.values().stream().mapToLong(Long::longValue).sum())));
        if (!unrecorded.isEmpty()) {
            rows.add(new Row(null, unrecorded, unrecorded.values().stream().mapToLong(Long::longValue).sum()));
        }
        return new NeedByFootprint(footprints, rows, columns, active.total());
    }
}
