package uk.send.funding.topup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ProRataTest {

    private static final long SIX_THOUSAND_POUNDS = 600_000;

    @Test
    void a_financial_year_runs_from_the_first_of_april_to_the_thirty_first_of_march() {
        assertThat(FinancialYear.of(LocalDate.of(2026, 3, 31))).isEqualTo(new FinancialYear(2025));
        assertThat(FinancialYear.of(LocalDate.of(2026, 4, 1))).isEqualTo(new FinancialYear(2026));
        assertThat(new FinancialYear(2026).lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(new FinancialYear(2026).label()).isEqualTo("2026–27");
        assertThat(new FinancialYear(2099).label()).isEqualTo("2099–00");
    }

    @Test
    void a_year_with_a_twenty_ninth_of_february_has_366_days() {
        assertThat(new FinancialYear(2026).days()).isEqualTo(365);
        assertThat(new FinancialYear(2027).days()).isEqualTo(366); // 29 February 2028
        assertThat(new FinancialYear(2028).days()).isEqualTo(365);
    }

    @Test
    void a_whole_financial_year_costs_exactly_the_annual_value() {
        assertThat(ProRata.costByYear(SIX_THOUSAND_POUNDS, LocalDate.of(2026, 4, 1), LocalDate.of(2027, 3, 31)))
                .containsExactly(Map.entry(new FinancialYear(2026), SIX_THOUSAND_POUNDS));
        assertThat(ProRata.costByYear(SIX_THOUSAND_POUNDS, LocalDate.of(2027, 4, 1), LocalDate.of(2028, 3, 31)))
                .containsExactly(Map.entry(new FinancialYear(2027), SIX_THOUSAND_POUNDS));
    }

    @Test
    void an_award_across_the_thirty_first_of_march_is_split_by_day_between_the_two_years() {
        // 1 January to 31 December 2027: 90 days of 365 in 2026-27, 275 days of 366 in 2027-28
        var costs = ProRata.costByYear(SIX_THOUSAND_POUNDS, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
        assertThat(costs).containsExactly(
                Map.entry(new FinancialYear(2026), 147_945L),   // 600000 × 90 / 365 = 147945.2
                Map.entry(new FinancialYear(2027), 450_820L));  // 600000 × 275 / 366 = 450819.67
    }

    @Test
    void the_last_day_of_one_year_and_the_first_of_the_next_fall_in_different_years() {
        assertThat(ProRata.costByYear(365_00, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 3, 31)))
                .containsExactly(Map.entry(new FinancialYear(2026), 100L));
        assertThat(ProRata.costByYear(365_00, LocalDate.of(2027, 3, 31), LocalDate.of(2027, 4, 1)))
                .containsExactly(Map.entry(new FinancialYear(2026), 100L), Map.entry(new FinancialYear(2027), 100L));
    }

    @Test
    void a_single_day_is_one_day_of_its_year_with_half_a_penny_rounded_up() {
        // 1 penny less than £3,650 a year: 364999 / 365 = 999.997 → 1000; 182500 / 365 = 500 exactly
        assertThat(ProRata.costIn(new FinancialYear(2026), 364_999, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1)))
                .isEqualTo(1000L);
        // 100 a year for one day: 0.27 → 0; 183 a year: 0.501 → 1
        assertThat(ProRata.total(100, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))).isZero();
        assertThat(ProRata.total(183, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 1))).isEqualTo(1L);
    }

    @Test
    void an_award_over_three_financial_years_has_a_cost_in_each() {
        var costs = ProRata.costByYear(SIX_THOUSAND_POUNDS, LocalDate.of(2026, 3, 1), LocalDate.of(2027, 4, 30));
        assertThat(costs.keySet()).containsExactly(new FinancialYear(2025), new FinancialYear(2026), new FinancialYear(2027));
        assertThat(costs.get(new FinancialYear(2026))).isEqualTo(SIX_THOUSAND_POUNDS);
        assertThat(costs.get(new FinancialYear(2025))).isEqualTo(50_959L); // 600000 × 31 / 365 = 50958.9
        assertThat(costs.get(new FinancialYear(2027))).isEqualTo(49_180L); // 600000 × 30 / 366 = 49180.3
    }

    @Test
    void a_period_that_ends_before_it_starts_is_refused() {
        assertThatThrownBy(() -> ProRata.costByYear(1, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ProRata.costIn(new FinancialYear(2026), 1, LocalDate.of(2026, 5, 2), LocalDate.of(2026, 5, 1))).isZero();
    }

    @Test
    void a_year_the_period_does_not_touch_costs_nothing() {
        assertThat(ProRata.costIn(new FinancialYear(2030), SIX_THOUSAND_POUNDS, LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 6, 1))).isZero();
    }
}
