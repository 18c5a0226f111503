package uk.send.funding.topup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import uk.send.domain.reference.Money;

/**
 * The arithmetic the top-up and capital budgets share: never over, to the penny, never set below what is taken, and
 * each kind refuses in its own words.
 */
class AllocatedBudgetTest {

    private static final FinancialYear YEAR = new FinancialYear(2026);
    private static final AllocatedBudget.Refusals WORDS = new AllocatedBudget.Refusals(FundingRefusal.Field.BAND,
            "test.over", "Over", "test.below", "Below");

    @Test
    void amounts_up_to_the_budget_to_the_penny_are_taken_and_one_penny_more_is_refused_with_what_remains() {
        AllocatedBudget budget = AllocatedBudget.of(1_000_000).allocate(600_000, YEAR, WORDS).allocate(399_999, YEAR, WORDS);
        assertThat(budget.remaining()).isEqualTo(1);
        assertThat(budget.allocatedPence()).isEqualTo(999_999);

        AllocatedBudget before = budget;
        assertThatThrownBy(() -> before.allocate(2, YEAR, WORDS)).isInstanceOfSatisfying(FundingRefusal.class, r -> {
            assertThat(r.field()).isEqualTo(FundingRefusal.Field.BAND);
            assertThat(r.key()).isEqualTo("test.over");
            assertThat(r.arguments()).containsExactly(Money.ofPence(1), "2026\u201327", Money.ofPence(2));
        });
        assertThat(before.allocate(1, YEAR, WORDS).remaining()).isZero();
    }

    @Test
    void a_refused_allocation_leaves_the_budget_as_it_was() {
        AllocatedBudget budget = AllocatedBudget.of(500);
        assertThatThrownBy(() -> budget.allocate(501, YEAR, WORDS)).isInstanceOf(FundingRefusal.class);
        assertThat(budget).isEqualTo(new AllocatedBudget(500, 0));
    }

    @Test
    void a_budget_can_be_set_down_to_what_is_allocated_and_no_lower() {
        AllocatedBudget budget = AllocatedBudget.of(5_000_000).allocate(2_500_000, YEAR, WORDS);
        assertThatThrownBy(() -> budget.withBudget(2_499_999, WORDS)).isInstanceOfSatisfying(FundingRefusal.class, r -> {
            assertThat(r.field()).isEqualTo(FundingRefusal.Field.AMOUNT);
            assertThat(r.key()).isEqualTo("test.below");
            assertThat(r.arguments()).containsExactly(Money.ofPence(2_500_000));
        });
        assertThat(budget.withBudget(2_500_000, WORDS)).isEqualTo(new AllocatedBudget(2_500_000, 2_500_000));
        assertThat(budget.withBudget(9_000_000, WORDS).remaining()).isEqualTo(6_500_000);
    }
}
