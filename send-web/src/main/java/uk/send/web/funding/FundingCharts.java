package uk.send.web.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import uk.send.domain.reference.Money;
import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.position.FootprintPosition;
import uk.send.funding.topup.BudgetPosition;
import uk.send.web.charts.Chart;

/**
 * The funding pages' charts, each drawn by {@code fragments/chart.html} beside the table of its figures: for a panel
 * member's footprint, its top-up and capital money (budget, committed, spent, remaining) and its outreach sessions
 * (quota, accepted to deliver, delivered, remaining); for the commissioner, every footprint side by side, one group of
 * bars a footprint. Money is drawn in pounds and written as the page writes it; a budget or quota not set is not
 * drawn and its table says "Not set". Every word comes through {@code label}, from a message key to its text.
 */
public final class FundingCharts {

    private static final List<String> MONEY = List.of("funding.budget.budget", "funding.budget.committed",
            "funding.budget.spent", "funding.budget.remaining");
    private static final List<String> SESSIONS = List.of("outreach.quota.quota", "outreach.quota.committed",
            "outreach.quota.delivered", "outreach.quota.remaining");
    private static final List<Function<BudgetPosition, Money>> MONEY_FIGURES = List.of(BudgetPosition::budget,
            BudgetPosition::committed, BudgetPosition::spent, BudgetPosition::remaining);
    private static final List<Function<QuotaPosition, Integer>> SESSION_FIGURES = List.of(QuotaPosition::quota,
            QuotaPosition::committed, QuotaPosition::delivered, QuotaPosition::remaining);

    /** One footprint's two charts on the panel's home. */
    public record ForFootprint(FootprintPosition position, Chart money, Chart sessions) {
    }

    private FundingCharts() {
    }

    /** A panel member's footprints, each with its money and sessions charts. */
    public static List<ForFootprint> forPanel(List<FootprintPosition> positions, UnaryOperator<String> label) {
        return positions.stream().map(p -> new ForFootprint(p, money(p, label), sessions(p.outreach(), label))).toList();
    }

    /** A footprint's top-up and capital money: budget, committed, spent and remaining, with a series each. */
    static Chart money(FootprintPosition p, UnaryOperator<String> label) {
        return new Chart("bar", labels(MONEY, label), List.of(
                pounds(label.apply("funding.csv.topUp"), MONEY_FIGURES.stream().map(f -> f.apply(p.topUp())).toList(),
                        List.of(p.topUp().set(), true, true, true), label),
                pounds(label.apply("funding.csv.capital"), MONEY_FIGURES.stream().map(f -> f.apply(p.capital())).toList(),
                        List.of(p.capital().set(), true, true, true), label)));
    }

    /** A footprint's outreach sessions: quota, accepted to deliver, delivered and remaining. */
    static Chart sessions(QuotaPosition q, UnaryOperator<String> label) {
        return new Chart("bar", labels(SESSIONS, label), List.of(counts(label.apply("funding.position.outreachSessions"),
                SESSION_FIGURES.stream().map(f -> f.apply(q)).toList(), List.of(q.set(), true, true, true), label)));
    }

    /** Every footprint's top-up or capital money side by side: a group of bars a footprint, a series a figure. */
    static Chart byFootprint(List<BudgetPosition> positions, UnaryOperator<String> label) {
        return sideBySide(positions, BudgetPosition::footprintName, BudgetPosition::set, MONEY, MONEY_FIGURES,
                Money::toBigDecimal, Money::format, label);
    }

    /** Every footprint's outreach sessions side by side: a group of bars a footprint, a series a figure. */
    static Chart sessionsByFootprint(List<QuotaPosition> quotas, UnaryOperator<String> label) {
        return sideBySide(quotas, QuotaPosition::footprintName, QuotaPosition::set, SESSIONS, SESSION_FIGURES, n -> n,
                String::valueOf, label);
    }

    /** Footprints as groups of bars, one series a figure; the first figure (the budget or quota) drawn only if set. */
    private static <P, T> Chart sideBySide(List<P> positions, Function<P, String> name, Predicate<P> set,
                                           List<String> keys, List<Function<P, T>> figures, Function<T, Number> value,
                                           Function<T, String> text, UnaryOperator<String> label) {
        List<Boolean> setOnes = positions.stream().map(set::test).toList();
        List<Boolean> all = positions.stream().map(p -> true).toList();
        List<Chart.Series> series = new ArrayList<>();
        for (int figure = 0; figure < keys.size(); figure++) {
            series.add(series(label.apply(keys.get(figure)), positions.stream().map(figures.get(figure)).toList(),
                    figure == 0 ? setOnes : all, value, text, label));
        }
        return new Chart("bar", positions.stream().map(name).toList(), series);
    }

    private static List<String> labels(List<String> keys, UnaryOperator<String> label) {
        return keys.stream().map(label).toList();
    }

    /** Amounts drawn in pounds and written as money; one not {@code drawn} (a budget not set) says so instead. */
    private static Chart.Series pounds(String name, List<Money> amounts, List<Boolean> drawn, UnaryOperator<String> label) {
        return series(name, amounts, drawn, Money::toBigDecimal, Money::format, label);
    }

    /** Sessions drawn and written as counts; one not {@code drawn} (a quota not set) says so instead. */
    private static Chart.Series counts(String name, List<Integer> counts, List<Boolean> drawn, UnaryOperator<String> label) {
        return series(name, counts, drawn, n -> n, String::valueOf, label);
    }

    private static <T> Chart.Series series(String name, List<T> figures, List<Boolean> drawn,
                                           Function<T, Number> value, Function<T, String> text, UnaryOperator<String> label) {
        List<Number> values = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < figures.size(); i++) {
            boolean shown = drawn.get(i);
            values.add(shown ? value.apply(figures.get(i)) : null);
            texts.add(shown ? text.apply(figures.get(i)) : label.apply("funding.budget.notSetShort"));
        }
        return new Chart.Series(name, values, texts);
    }
}
