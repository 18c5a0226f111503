package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.List;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.commissioning.forecast.Recorded;
import uk.send.commissioning.forecast.RecordedYear;
import uk.send.funding.topup.FinancialYear;

/**
 * The recorded counts of the demand forecast as the page shows them, through {@link SmallNumbers}: new plans and
 * plans ceased a year as one grid with the totals of the recorded years (secondary suppression down each column);
 * the plans in force at the end of the base year by kind of setting as a line adding up to their total. A rate or
 * share of the recorded trend is withheld when a count it is worked from is, and the INMSS unit cost (an average
 * over placements) when the number of placements is 1 to 4. Projected figures are modelled, not counted, and are
 * shown as they are.
 */
record ForecastFigures(List<Row> years, Figure newPlansTotal, Figure ceasedTotal, List<Figure> inForce,
        Figure inForceTotal, boolean growthShown, boolean ceaseRateShown, boolean sharesShown, boolean inmssCostShown) {

    /** One recorded financial year. */
    record Row(FinancialYear year, Figure newPlans, Figure ceased) {
    }

    static ForecastFigures of(Recorded recorded) {
        List<RecordedYear> years = recorded.trend().years();
        long[][] cells = new long[years.size()][];
        for (int i = 0; i < years.size(); i++) {
            cells[i] = new long[] {years.get(i).newPlans(), years.get(i).ceased()};
        }
        List<Row> rows = new ArrayList<>();
        Figure newTotal = Figure.shown(0);
        Figure ceasedTotal = Figure.shown(0);
        boolean growth = true;
        boolean cease = true;
        if (!years.isEmpty()) {
            SmallNumbers.Grid grid = SmallNumbers.grid(cells);
            for (int i = 0; i < years.size(); i++) {
                List<Figure> row = grid.cells().get(i);
                rows.add(new Row(years.get(i).year(), row.get(0), row.get(1)));
                growth &= row.get(0).isShown();
                cease &= row.get(1).isShown();
            }
            newTotal = grid.columnTotals().get(0);
            ceasedTotal = grid.columnTotals().get(1);
        }
        SmallNumbers.Line line = SmallNumbers.line(List.of(recorded.mainstream(), recorded.special(), recorded.inmss()));
        boolean shares = line.cells().stream().allMatch(Figure::isShown) && line.total().isShown();
        return new ForecastFigures(List.copyOf(rows), newTotal, ceasedTotal, line.cells(), line.total(),
                growth && newTotal.isShown(), cease && ceasedTotal.isShown() && line.total().isShown(), shares,
                SmallNumbers.count(recorded.inmssPlacements()).isShown());
    }
}
