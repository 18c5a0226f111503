package uk.send.commissioning.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.funding.topup.FinancialYear;

/**
 * The recorded trend worked by hand:
 *
 * <pre>
 * year     in force at start  new  ceased  in force at end
 * 2021–22  0                  0    0       0      (before any record: left out)
 * 2022–23  800                80   60      820
 * 2023–24  820                90   70      840
 * 2024–25  840                99   66      873
 * growth of new plans: (90 + 99 − (80 + 90)) / (80 + 90) = 19 / 170 = 11.176…% → 11.2%
 * cease rate: (60 + 70 + 66) / (800 + 820 + 840) = 196 / 2460 = 7.967…% → 8.0%
 * </pre>
 */
class RecordedTrendTest {

    static RecordedYear year(int start, long atStart, long newPlans, long ceased, long atEnd) {
        return new RecordedYear(new FinancialYear(start), atStart, newPlans, ceased, atEnd);
    }

    @Test
    void growth_and_cease_rate_are_taken_over_every_recorded_year_together_to_one_decimal_place_half_up() {
        RecordedTrend trend = RecordedTrend.of(List.of(year(2021, 0, 0, 0, 0), year(2022, 800, 80, 60, 820),
                year(2023, 820, 90, 70, 840), year(2024, 840, 99, 66, 873)));
        assertThat(trend.years()).extracting(RecordedYear::year).containsExactly(new FinancialYear(2022),
                new FinancialYear(2023), new FinancialYear(2024));
        assertThat(trend.newPlanGrowthPercent()).isEqualTo(new BigDecimal("11.2"));
        assertThat(trend.ceaseRatePercent()).isEqualTo(new BigDecimal("8.0"));
        assertThat(trend.baseline()).isEqualTo(new Baseline(new FinancialYear(2024), 873, 99));
    }

    @Test
    void a_falling_trend_is_negative_and_rounds_half_away_from_nought() {
        // (95 − 100) / 100 = −5.0%; ceased 1 of 8 = 12.5%; (9 − 16) / 16 = −43.75% → −43.8%
        assertThat(RecordedTrend.of(List.of(year(2023, 8, 100, 1, 107), year(2024, 107, 95, 0, 202)))
                .newPlanGrowthPercent()).isEqualTo(new BigDecimal("-5.0"));
        assertThat(RecordedTrend.of(List.of(year(2023, 8, 16, 1, 23), year(2024, 23, 9, 0, 32)))
                .newPlanGrowthPercent()).isEqualTo(new BigDecimal("-43.8"));
        assertThat(RecordedTrend.of(List.of(year(2024, 8, 16, 1, 23))).ceaseRatePercent())
                .isEqualTo(new BigDecimal("12.5"));
    }

    @Test
    void one_recorded_year_or_none_gives_no_growth_and_no_plans_gives_no_cease_rate() {
        RecordedTrend one = RecordedTrend.of(List.of(year(2024, 0, 7, 0, 7)));
        assertThat(one.newPlanGrowthPercent()).isEqualTo(new BigDecimal("0.0"));
        assertThat(one.ceaseRatePercent()).isEqualTo(new BigDecimal("0.0"));
        RecordedTrend none = RecordedTrend.of(List.of(year(2023, 0, 0, 0, 0), year(2024, 0, 0, 0, 0)));
        assertThat(none.years()).isEmpty();
        assertThat(none.baseline()).isEqualTo(new Baseline(new FinancialYear(2024), 0, 0));
        assertThat(none.newPlanGrowthPercent()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void the_shares_of_plans_in_force_are_whole_percents_that_add_up_to_100() {
        // 2 / 3 = 66.7 → 67; 1 / 3 = 33.3 → 33; INMSS the rest, 0
        assertThat(RecordedTrend.shares(2, 1, 0)).containsExactly(67, 33, 0);
        // 1 / 8 = 12.5 → 13; 3 / 8 = 37.5 → 38; INMSS 4 / 8 = 50 → the rest, 49
        assertThat(RecordedTrend.shares(1, 3, 4)).containsExactly(13, 38, 49);
        // none in force: all in mainstream
        assertThat(RecordedTrend.shares(0, 0, 0)).containsExactly(100, 0, 0);
    }

    @Test
    void an_average_cost_in_pence_rounds_half_up() {
        assertThat(RecordedTrend.averagePence(5, 2)).isEqualTo(3);
        assertThat(RecordedTrend.averagePence(4, 3)).isEqualTo(1);
        assertThat(RecordedTrend.averagePence(0, 0)).isZero();
    }
}
