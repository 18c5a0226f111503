package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingType;
import uk.send.pathway.statistics.Breakdown;
import uk.send.pathway.statistics.Breakdown.Dimension;
import uk.send.pathway.statistics.Breakdown.Measure;

/**
 * Requests, assessments begun, new plans and active plans by phase, need and setting type, as published: one table a
 * way of counting, one column a measure, each column a {@link SmallNumbers#line} whose total is that measure's total
 * (the figure shown elsewhere on the page), so a count under 5 is never shown and never worked out by subtraction.
 *
 * @param tables by phase, by need, by setting type
 */
record BreakdownFigures(List<Table> tables) {

    /** The phases a child's year group falls in (a child is never "all-through"). */
    static final List<Phase> PHASES = List.of(Phase.EARLY_YEARS, Phase.PRIMARY, Phase.SECONDARY, Phase.POST_16);

    /** One way of counting: a row per key (key null: none recorded), with one figure a measure, and the totals. */
    record Table(Dimension dimension, List<Row> rows, List<Figure> totals) {

        Table {
            rows = List.copyOf(rows);
            totals = List.copyOf(totals);
        }
    }

    /** One row: the key counted and one figure a measure, in {@link Measure} order. */
    record Row(String key, String labelKey, List<Figure> cells) {
    }

    static BreakdownFigures of(Breakdown breakdown) {
        List<Table> tables = new ArrayList<>();
        for (Dimension dimension : Dimension.values()) {
            List<String> keys = keys(breakdown, dimension);
            List<List<Figure>> columns = new ArrayList<>();
            List<Figure> totals = new ArrayList<>();
            for (Measure measure : Measure.values()) {
                List<Long> cells = keys.stream().map(k -> breakdown.count(measure, dimension, k)).toList();
                long sum = cells.stream().mapToLong(Long::longValue).sum();
                SmallNumbers.Line line = SmallNumbers.line(cells, Math.max(sum, breakdown.total(measure)));
                columns.add(line.cells());
                totals.add(line.total());
            }
            List<Row> rows = new ArrayList<>();
            for (int r = 0; r < keys.size(); r++) {
                List<Figure> cells = new ArrayList<>();
                for (List<Figure> column : columns) {
                    cells.add(column.get(r));
                }
                rows.add(new Row(keys.get(r), labelKey(dimension, keys.get(r)), List.copyOf(cells)));
            }
            tables.add(new Table(dimension, rows, totals));
        }
        return new BreakdownFigures(List.copyOf(tables));
    }

    Table table(Dimension dimension) {
        return tables.stream().filter(t -> t.dimension() == dimension).findFirst().orElseThrow();
    }

    /** Every phase; needs and setting types in their usual order where any measure counts one, then "none recorded". */
    private static List<String> keys(Breakdown breakdown, Dimension dimension) {
        Set<String> present = new LinkedHashSet<>();
        breakdown.counts().stream().filter(c -> c.dimension() == dimension && c.count() > 0)
                .forEach(c -> present.add(c.key()));
        List<String> keys = new ArrayList<>();
        List<String> order = switch (dimension) {
            case PHASE -> PHASES.stream().map(Enum::name).toList();
            case NEED -> java.util.Arrays.stream(NeedCode.values()).map(Enum::name).toList();
            case SETTING_TYPE -> java.util.Arrays.stream(SettingType.values()).map(Enum::name).toList();
        };
        for (String key : order) {
            if (dimension == Dimension.PHASE || present.contains(key)) {
                keys.add(key);
            }
        }
        if (present.stream().anyMatch(Objects::isNull)) {
            keys.add(null);
        }
        return keys;
    }

    private static String labelKey(Dimension dimension, String key) {
        return switch (dimension) {
            case PHASE -> "kpi.phase." + key;
            case NEED -> key == null ? "kpi.needNotRecorded" : "need." + key;
            case SETTING_TYPE -> key == null ? "kpi.noSetting" : "settingType." + key;
        };
    }

    /** The measures in column order, with their message keys. */
    static Map<Measure, String> measureKeys() {
        Map<Measure, String> keys = new EnumMap<>(Measure.class);
        keys.put(Measure.REQUESTS, "kpi.breakdown.requests");
        keys.put(Measure.ASSESSMENTS, "kpi.breakdown.assessments");
        keys.put(Measure.NEW_PLANS, "kpi.breakdown.newPlans");
        keys.put(Measure.ACTIVE_PLANS, "kpi.breakdown.activePlans");
        return keys;
    }
}
