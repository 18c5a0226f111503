package uk.send.web.commissioning;

import java.util.ArrayList;
import java.util.List;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.commissioning.placement.InmssDashboard;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;

/**
 * The INMSS dashboard's costs as published: the placements by footprint and need are a line adding up to the
 * placements running ({@link SmallNumbers#line}); a line's total and average cost follow its count, withheld (null)
 * where the count is not shown, since the cost of fewer than 5 placements is close to one child's.
 */
public record DashboardFigures(List<Line> lines, Line total) {

    /** One footprint and need (both null in the total). Costs null when withheld. */
    public record Line(String footprintName, NeedCode need, Figure placements, Money totalAnnualCost,
            Money averageAnnualCost) {
    }

    static DashboardFigures of(InmssDashboard dashboard) {
        List<InmssDashboard.CostLine> raw = dashboard.byFootprintAndNeed();
        SmallNumbers.Line counts = SmallNumbers.line(raw.stream().map(InmssDashboard.CostLine::placements).toList(),
                Math.max(dashboard.total().placements(), raw.stream().mapToLong(InmssDashboard.CostLine::placements).sum()));
        List<Money> totals = counts.follow(raw.stream().map(InmssDashboard.CostLine::totalAnnualCost).toList(), null);
        List<Money> averages = counts.follow(raw.stream().map(InmssDashboard.CostLine::averageAnnualCost).toList(), null);
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            lines.add(new Line(raw.get(i).footprintName(), raw.get(i).need(), counts.cells().get(i), totals.get(i),
                    averages.get(i)));
        }
        boolean shown = counts.total().isShown();
        return new DashboardFigures(List.copyOf(lines), new Line(null, null, counts.total(),
                shown ? dashboard.total().totalAnnualCost() : null, shown ? dashboard.total().averageAnnualCost() : null));
    }
}
