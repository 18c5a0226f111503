package uk.send.commissioning.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.funding.topup.FinancialYear;

/**
 * The projection worked by hand. Base: 1,000 plans in force on 31 March 2026, 100 new plans issued in 2025–26; new
 * plans grow 10%, 8% of the plans in force at a year's start cease, costs rise 3% a year; 60% of plans in
 * mainstream, 30% in special schools, the rest (10%) in INMSS at £8,000, £25,000 and £50,000 a year.
 *
 * <pre>
 * year     start  new            ceased            end    mainstream     special        INMSS  unit costs (pence)
 * 2026–27  1000   100×1.1=110    1000×.08=80       1030   618.0→618      309.0→309      103    824000 2575000 5150000
 * 2027–28  1030   110×1.1=121    1030×.08=82.4→82  1069   641.4→641      320.7→321      107    848720 2652250 5304500
 * 2028–29  1069   121×1.1=133.1  1069×.08=85.52    1116   669.6→670      334.8→335      111    874181.6→874182
 *                 →133           →86                                                            2731817.5→2731818
 *                                                                                               5463635
 * cost 2026–27: 618×824000 + 309×2575000 + 103×5150000 = 509232000 + 795675000 + 530450000 = 1835357000
 * cost 2027–28: 641×848720 + 321×2652250 + 107×5304500 = 544029520 + 851372250 + 567581500 = 1962983270
 * cost 2028–29: 670×874182 + 335×2731818 + 111×5463635 = 585701940 + 915159030 + 606463485 = 2107324455
 * </pre>
 */
class DemandForecastTest {

    static final FinancialYear BASE = new FinancialYear(2025);

    static Assumptions assumptions(String growth, String cease, String inflation, int mainstream, int special,
                                   int inmss) {
        return new Assumptions(new BigDecimal(growth), new BigDecimal(cease), new BigDecimal(inflation), mainstream,
                special, inmss, 800_000, 2_500_000, 5_000_000);
    }

    @Test
    void three_years_are_projected_from_the_base_year_each_figure_as_worked_by_hand() {
        List<ProjectedYear> years = DemandForecast.project(new Baseline(BASE, 1000, 100),
                assumptions("10.0", "8.0", "3.0", 60, 30, 10), 3);

        assertThat(years).extracting(ProjectedYear::year)
                .containsExactly(new FinancialYear(2026), new FinancialYear(2027), new FinancialYear(2028));
        assertThat(years).extracting(ProjectedYear::plansAtStart).containsExactly(1000L, 1030L, 1069L);
        assertThat(years).extracting(ProjectedYear::newPlans).containsExactly(110L, 121L, 133L);
        assertThat(years).extracting(ProjectedYear::ceased).containsExactly(80L, 82L, 86L);
        assertThat(years).extracting(ProjectedYear::plansAtEnd).containsExactly(1030L, 1069L, 1116L);
        assertThat(years).extracting(ProjectedYear::mainstream).containsExactly(618L, 641L, 670L);
        assertThat(years).extracting(ProjectedYear::special).containsExactly(309L, 321L, 335L);
        assertThat(years).extracting(ProjectedYear::inmss).containsExactly(103L, 107L, 111L);
        assertThat(years).extracting(ProjectedYear::mainstreamUnitPence).containsExactly(824_000L, 848_720L, 874_182L);
        assertThat(years).extracting(ProjectedYear::specialUnitPence).containsExactly(2_575_000L, 2_652_250L, 2_731_818L);
        assertThat(years).extracting(ProjectedYear::inmssUnitPence).containsExactly(5_150_000L, 5_304_500L, 5_463_635L);
        assertThat(years).extracting(ProjectedYear::mainstreamCostPence)
                .containsExactly(509_232_000L, 544_029_520L, 585_701_940L);
        assertThat(years).extracting(ProjectedYear::specialCostPence)
                .containsExactly(795_675_000L, 851_372_250L, 915_159_030L);
        assertThat(years).extracting(ProjectedYear::inmssCostPence)
                .containsExactly(530_450_000L, 567_581_500L, 606_463_485L);
        assertThat(years).extracting(ProjectedYear::totalCostPence)
                .containsExactly(1_835_357_000L, 1_962_983_270L, 2_107_324_455L);
    }

    @Test
    void the_base_year_is_costed_at_the_scenarios_own_prices_on_the_plans_in_force_at_its_end() {
        // 600 × £8,000 + 300 × £25,000 + 100 × £50,000 = £4.8m + £7.5m + £5m
        assertThat(DemandForecast.baseCostPence(new Baseline(BASE, 1000, 100), assumptions("10.0", "8.0", "3.0", 60, 30, 10)))
                .isEqualTo(1_730_000_000L);
    }

    @Test
    void a_half_plan_or_a_half_penny_is_rounded_up_and_a_falling_trend_rounds_the_same_way() {
        // new plans 10 × 0.95 = 9.5 → 10, then 10 × 0.95 = 9.5 → 10; ceased 50 × 0.05 = 2.5 → 3;
        // unit cost 100p × 1.005 = 100.5 → 101p
        List<ProjectedYear> years = DemandForecast.project(new Baseline(BASE, 50, 10),
                new Assumptions(new BigDecimal("-5.0"), new BigDecimal("5.0"), new BigDecimal("0.5"), 100, 0, 0, 100,
                        100, 100), 2);
        assertThat(years.get(0).newPlans()).isEqualTo(10);
        assertThat(years.get(1).newPlans()).isEqualTo(10);
        assertThat(years.get(0).ceased()).isEqualTo(3);
        assertThat(years.get(0).plansAtEnd()).isEqualTo(57);
        assertThat(years.get(0).mainstreamUnitPence()).isEqualTo(101);
        assertThat(years.get(0).mainstreamCostPence()).isEqualTo(57 * 101);
    }

    @Test
    void the_settings_always_add_up_to_the_plans_in_force_even_when_two_shares_round_up() {
        // 3 plans, half mainstream and half special: 1.5 → 2 mainstream, special 1.5 → 2 is more than the 1 left: 1
        List<ProjectedYear> years = DemandForecast.project(new Baseline(BASE, 3, 0),
                assumptions("0.0", "0.0", "0.0", 50, 50, 0), 1);
        ProjectedYear year = years.get(0);
        assertThat(year.plansAtEnd()).isEqualTo(3);
        assertThat(year.mainstream()).isEqualTo(2);
        assertThat(year.special()).isEqualTo(1);
        assertThat(year.inmss()).isZero();
    }

    @Test
    void with_no_growth_no_ceasing_and_no_inflation_the_base_carries_on_unchanged() {
        List<ProjectedYear> years = DemandForecast.project(new Baseline(BASE, 200, 0),
                assumptions("0.0", "0.0", "0.0", 70, 20, 10), 3);
        assertThat(years).extracting(ProjectedYear::plansAtEnd).containsExactly(200L, 200L, 200L);
        assertThat(years).extracting(ProjectedYear::totalCostPence)
                .containsOnly(140L * 800_000 + 40L * 2_500_000 + 20L * 5_000_000);
    }

    @Test
    void assumptions_out_of_range_or_with_shares_not_adding_to_100_are_refused() {
        assertThatThrownBy(() -> assumptions("10.0", "8.0", "3.0", 60, 30, 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assumptions("100.1", "8.0", "3.0", 60, 30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assumptions("-50.1", "8.0", "3.0", 60, 30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assumptions("1.25", "8.0", "3.0", 60, 30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assumptions("1.0", "100.1", "3.0", 60, 30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> assumptions("1.0", "8.0", "50.1", 60, 30, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Assumptions(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 100, 0, 0, -1, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Assumptions(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 100, 0, 0,
                Assumptions.MAX_UNIT_PENCE + 1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
