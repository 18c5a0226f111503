package uk.send.funding.capital;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.domain.reference.Money;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/** A capital budget never goes over, to the penny, and a grant is paid within its own financial year. */
class CapitalBudgetTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);

    @Test
    void grants_up_to_the_budget_to_the_penny_are_taken_and_one_penny_more_is_refused_with_what_remains() {
        CapitalBudget budget = new CapitalBudget(1, YEAR, 10_000_000);
        budget.allocate(6_000_000);
        budget.allocate(3_999_999);
        assertThat(budget.remaining()).isEqualTo(1);
        assertThatThrownBy(() -> budget.allocate(2))
                .isInstanceOfSatisfying(FundingRefusal.class, r -> {
                    assertThat(r.key()).isEqualTo("capital.error.overBudget");
                    assertThat(r.arguments()[0]).isEqualTo(Money.ofPence(1));
                    assertThat(r.arguments()[1]).isEqualTo("2026\u201327");
                });
        budget.allocate(1);
        assertThat(budget.remaining()).isZero();
        assertThat(budget.getAllocatedPence()).isEqualTo(10_000_000);
    }

    @Test
    void a_budget_cannot_be_set_below_the_grants_already_approved_in_the_year() {
        CapitalBudget budget = new CapitalBudget(1, YEAR, 5_000_000);
        budget.allocate(2_500_000);
        assertThatThrownBy(() -> budget.setBudget(2_499_999)).isInstanceOfSatisfying(FundingRefusal.class,
                r -> assertThat(r.arguments()[0]).isEqualTo(Money.ofPence(2_500_000)));
        budget.setBudget(2_500_000);
        assertThat(budget.remaining()).isZero();
    }

    @Test
    void an_approval_is_paid_on_a_day_of_the_application_s_financial_year_only() {
        CapitalApplication a = application();
        assertThatThrownBy(() -> a.approve(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 3, 1), "panel@example.test"))
                .isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.field()).isEqualTo(FundingRefusal.Field.PAID_ON));
        assertThatThrownBy(() -> a.approve(LocalDate.of(2027, 4, 1), LocalDate.of(2026, 3, 1), "panel@example.test"))
                .isInstanceOf(FundingRefusal.class);
        a.approve(LocalDate.of(2027, 3, 31), LocalDate.of(2026, 3, 1), "panel@example.test");
        assertThat(a.getPaidOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThatThrownBy(() -> a.decline("Too late", LocalDate.of(2026, 3, 2), "panel@example.test"))
                .isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("funding.error.notAwaitingDecision"));
    }

    @Test
    void an_application_needs_an_amount_from_a_penny_to_a_million_pounds_and_one_pupil_or_more() {
        assertThatThrownBy(() -> new CapitalApplication(1, 1, command(0, 3), LocalDate.of(2026, 3, 1), "s"))
                .isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.field()).isEqualTo(FundingRefusal.Field.AMOUNT));
        assertThatThrownBy(() -> new CapitalApplication(1, 1, command(100_000_001, 3), LocalDate.of(2026, 3, 1), "s"))
                .isInstanceOf(FundingRefusal.class);
        assertThatThrownBy(() -> new CapitalApplication(1, 1, command(100, 0), LocalDate.of(2026, 3, 1), "s"))
                .isInstanceOfSatisfying(FundingRefusal.class,
                        r -> assertThat(r.field()).isEqualTo(FundingRefusal.Field.PUPILS));
        assertThat(new CapitalApplication(1, 1, command(100_000_000, 1), LocalDate.of(2026, 3, 1), "s")
                .getAmountPence()).isEqualTo(100_000_000);
    }

    private static CapitalApplication application() {
        return new CapitalApplication(1, 1, command(1_250_000, 4), LocalDate.of(2026, 3, 1), "senco@example.test");
    }

    private static NewCapitalApplication command(long pence, int pupils) {
        return new NewCapitalApplication(CapitalPurpose.ACCESS_ARRANGEMENTS, "Ramp and rails", "A ramp to the hall",
                "Pupils who use wheelchairs", pupils, pence, YEAR);
    }
}
