package uk.send.commissioning.highneeds;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.Money;
import uk.send.funding.topup.FinancialYear;

/**
 * The high-needs block in one financial year as at a day: a line per category, the totals, the committed spend by
 * footprint where the records have one, and the cumulative deficit (forecast less budget, added up over every year
 * from the first with a budget line to this one; nought or less is no deficit).
 *
 * @param firstYear the first financial year with a budget line, from which the cumulative deficit is counted (this
 *                  year when there is none)
 */
public record HighNeedsPosition(FinancialYear year, LocalDate asAt, List<Line> lines, Line total,
        List<FootprintLine> byFootprint, FootprintLine footprintTotal, Money cumulativeDeficit, FinancialYear firstYear,
        Money placeValue) {

    /**
     * One category: its budget (null when none is set), the spend committed by the records (null when the service
     * holds none for it), the forecast (committed and proposed; the budget when there are no records) and the
     * variance (budget less forecast: negative is an overspend).
     */
    public record Line(HighNeedsCategory category, Money budget, Money committed, Money forecast, Money variance) {

        public boolean overspent() {
            return variance.pence() < 0;
        }

        /** How far the forecast is over the budget (when {@link #overspent()}). */
        public Money overspend() {
            return Money.ofPence(-variance.pence());
        }
    }

    /** True when the forecasts have run over the budgets, all years counted together. */
    public boolean inDeficit() {
        return cumulativeDeficit.pence() > 0;
    }

    /** The budgets left over the forecasts, all years counted together (when not {@link #inDeficit()}). */
    public Money cumulativeSurplus() {
        return Money.ofPence(-cumulativeDeficit.pence());
    }

    /** The spend committed in one footprint by the categories that have one (footprint null in the total). */
    public record FootprintLine(Long footprintId, String footprintName, Money topUps, Money resourceBases,
            Money inmss, Money total) {
    }
}
