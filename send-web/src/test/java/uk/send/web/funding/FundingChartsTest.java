package uk.send.web.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.position.FootprintPosition;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.web.charts.Chart;

/**
 * The funding charts draw the figures the tables show: money in pounds written as money, sessions as counts, a budget
 * or quota not set not drawn and said so, and on the commissioner's page one group of bars a footprint.
 */
class FundingChartsTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);
    /** The message key itself, so the test reads which label went where. */
    private static final UnaryOperator<String> KEYS = key -> key;

    private static final BudgetPosition NORTH_TOP_UP = BudgetPosition.of(1, "North", YEAR, 10_000_000L, 4_000_000, 1_000_050);
    private static final BudgetPosition NORTH_CAPITAL = BudgetPosition.of(1, "North", YEAR, null, 0, 0);
    private static final QuotaPosition NORTH_OUTREACH = QuotaPosition.of(1, "North", YEAR, 100, 30, 12);

    @Test
    void a_footprint_s_money_chart_has_budget_committed_spent_and_remaining_for_top_up_and_capital() {
        Chart chart = FundingCharts.money(new FootprintPosition(1, "North", NORTH_TOP_UP, NORTH_CAPITAL, NORTH_OUTREACH),
                KEYS);
        assertThat(chart.type()).isEqualTo("bar");
        assertThat(chart.labels()).containsExactly("funding.budget.budget", "funding.budget.committed",
                "funding.budget.spent", "funding.budget.remaining");
        assertThat(chart.series()).extracting(Chart.Series::name).containsExactly("funding.csv.topUp", "funding.csv.capital");

        Chart.Series topUp = chart.series().get(0);
        assertThat(topUp.values()).isEqualTo(Arrays.asList(new BigDecimal("100000.00"), new BigDecimal("29999.50"),
                new BigDecimal("10000.50"), new BigDecimal("60000.00")));
        assertThat(topUp.texts()).containsExactly("£100,000.00", "£29,999.50", "£10,000.50", "£60,000.00");

        Chart.Series capital = chart.series().get(1);
        assertThat(capital.values()).isEqualTo(Arrays.asList(null, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
                BigDecimal.ZERO.setScale(2)));
        assertThat(capital.texts()).containsExactly("funding.budget.notSetShort", "£0.00", "£0.00", "£0.00");
    }

    @Test
    void a_footprint_s_outreach_chart_shows_the_quota_the_sessions_used_and_those_left() {
        Chart chart = FundingCharts.sessions(NORTH_OUTREACH, KEYS);
        assertThat(chart.labels()).containsExactly("outreach.quota.quota", "outreach.quota.committed",
                "outreach.quota.delivered", "outreach.quota.remaining");
        assertThat(chart.series()).singleElement().satisfies(s -> {
            assertThat(s.name()).isEqualTo("funding.position.outreachSessions");
            assertThat(s.values()).isEqualTo(Arrays.asList(100, 18, 12, 70));
            assertThat(s.texts()).containsExactly("100", "18", "12", "70");
        });
        Chart none = FundingCharts.sessions(QuotaPosition.of(2, "South", YEAR, null, 0, 0), KEYS);
        assertThat(none.series().get(0).values()).isEqualTo(Arrays.asList(null, 0, 0, 0));
        assertThat(none.series().get(0).texts().get(0)).isEqualTo("funding.budget.notSetShort");
    }

    @Test
    void every_footprint_stands_side_by_side_a_group_of_bars_each_with_a_series_a_figure() {
        BudgetPosition south = BudgetPosition.of(2, "South", YEAR, null, 0, 0);
        Chart chart = FundingCharts.byFootprint(List.of(NORTH_TOP_UP, south), KEYS);
        assertThat(chart.labels()).containsExactly("North", "South");
        assertThat(chart.series()).extracting(Chart.Series::name).containsExactly("funding.budget.budget",
                "funding.budget.committed", "funding.budget.spent", "funding.budget.remaining");
        assertThat(chart.series().get(0).values()).isEqualTo(Arrays.asList(new BigDecimal("100000.00"), null));
        assertThat(chart.series().get(0).texts()).containsExactly("£100,000.00", "funding.budget.notSetShort");
        assertThat(chart.series().get(3).texts()).containsExactly("£60,000.00", "£0.00");
        assertThat(chart.seriesJson()).startsWith("[{\"name\":\"funding.budget.budget\",\"values\":[100000.00,null]}");

        Chart sessions = FundingCharts.sessionsByFootprint(List.of(NORTH_OUTREACH,
                QuotaPosition.of(2, "South", YEAR, null, 0, 0)), KEYS);
        assertThat(sessions.labels()).containsExactly("North", "South");
        assertThat(sessions.series()).hasSize(4);
        assertThat(sessions.series().get(0).values()).isEqualTo(Arrays.asList(100, null));
        assertThat(sessions.series().get(2).values()).isEqualTo(Arrays.asList(12, 0));
    }
}
