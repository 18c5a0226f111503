package uk.send.web.commissioning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.Rate;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.pathway.statistics.Percent;
import uk.send.pathway.statistics.SupportAcrossArea;

/**
 * SEN Support reviewed in the last term on the KPI page: by footprint, pupils at SEN Support and those with a cycle
 * reviewed after {@code reviewedAfter}, as a grid (reviewed, not reviewed; each footprint's pupils its row total) so
 * that no count under 5 is shown or left to subtraction; a percentage only where both its figures are shown.
 */
record SupportReviewFigures(LocalDate asAt, LocalDate reviewedAfter, List<Row> rows, Row total) {

    record Row(String name, Figure pupils, Figure reviewed, Rate rate) {
    }

    static SupportReviewFigures of(SupportAcrossArea support) {
        List<SupportAcrossArea.Footprint> footprints = support.footprints();
        long[][] cells = new long[footprints.size()][];
        for (int i = 0; i < footprints.size(); i++) {
            long pupils = footprints.get(i).figures().pupils();
            long reviewed = footprints.get(i).figures().reviewed();
            cells[i] = new long[] {reviewed, pupils - reviewed};
        }
        SmallNumbers.Grid grid = SmallNumbers.grid(cells);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < footprints.size(); i++) {
            rows.add(row(footprints.get(i).name(), grid.rowTotals().get(i), grid.cells().get(i).get(0),
                    grid.cells().get(i).get(1), footprints.get(i).figures().reviewed(), footprints.get(i).figures().pupils()));
        }
        Row total = row(null, grid.total(), footprints.isEmpty() ? Figure.shown(0) : grid.columnTotals().get(0),
                footprints.isEmpty() ? Figure.shown(0) : grid.columnTotals().get(1), support.total().reviewed(),
                support.total().pupils());
        return new SupportReviewFigures(support.today(), support.reviewedAfter(), List.copyOf(rows), total);
    }

    private static Row row(String name, Figure pupils, Figure reviewed, Figure notReviewed, long part, long whole) {
        Rate rate = pupils.isShown() && reviewed.isShown() && notReviewed.isShown()
                ? new Rate(Percent.of(part, whole), null)
                : new Rate(null, Figure.Suppression.WITHHELD);
        return new Row(name, pupils, reviewed, rate);
    }
}
