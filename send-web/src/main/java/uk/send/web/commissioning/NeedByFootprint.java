package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.pathway.statistics.ActivePlans;

/**
 * Active plans as a table: a row per need (with plans), a column per footprint, and totals both ways, every figure
 * through the small-number policy ({@link SmallNumbers#grid}).
 */
public record NeedByFootprint(List<FootprintView> footprints, List<Row> rows, List<Figure> columnTotals, Figure total) {

    /** One need (null: none recorded), its figure in each footprint in the order of the columns, and its total. */
    public record Row(NeedCode need, List<Figure> byFootprint, Figure total) {
    }

    static NeedByFootprint of(ActivePlans active, List<FootprintView> footprints) {
        Map<Long, Integer> column = new HashMap<>();
        for (int i = 0; i < footprints.size(); i++) {
            column.put(footprints.get(i).id(), i);
        }
        Map<NeedCode, long[]> byNeed = new EnumMap<>(NeedCode.class);
        long[] unrecorded = null;
        for (ActivePlans.Cell cell : active.cells()) {
            Integer c = column.get(cell.footprintId());
            if (c == null) {
                continue;
            }
            long[] row;
            if (cell.need() == null) {
                unrecorded = unrecorded == null ? new long[footprints.size()] : unrecorded;
                row = unrecorded;
            } else {
                row = byNeed.computeIfAbsent(cell.need(), n -> new long[footprints.size()]);
            }
            row[c] += cell.plans();
        }
        List<NeedCode> needs = new ArrayList<>(byNeed.keySet());
        List<long[]> counts = new ArrayList<>(byNeed.values());
        if (unrecorded != null) {
            needs.add(null);
            counts.add(unrecorded);
        }
        SmallNumbers.Grid grid = SmallNumbers.grid(counts.toArray(long[][]::new));
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < needs.size(); r++) {
            rows.add(new Row(needs.get(r), grid.cells().get(r), grid.rowTotals().get(r)));
        }
        List<Figure> columnTotals = footprints.isEmpty() ? List.of() : needs.isEmpty()
                ? footprints.stream().map(f -> Figure.shown(0)).toList() : grid.columnTotals();
        return new NeedByFootprint(footprints, List.copyOf(rows), columnTotals, needs.isEmpty() ? Figure.shown(0) : grid.total());
    }
}
