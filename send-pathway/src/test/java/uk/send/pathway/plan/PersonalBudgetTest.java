package uk.send.pathway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

/** Section J's rules, at their edges: what a requested budget must say, and what one not requested must not. */
class PersonalBudgetTest {

    private static java.util.List<String> keys(Boolean requested, Long pence, boolean e, boolean h, boolean s, Boolean dp,
                                               String words) {
        return PersonalBudget.problems(requested, pence, e, h, s, dp, words).stream()
                .map(p -> p.field() + ":" + p.key()).toList();
    }

    @Test
    void a_requested_budget_has_an_amount_a_part_it_pays_for_and_says_whether_there_are_direct_payments() {
        assertThat(keys(true, null, false, false, false, null, null)).containsExactly(
                "amount:plan.budget.error.amountRequired", "covers:plan.budget.error.coversRequired",
                "directPayments:plan.budget.error.directPaymentsRequired");
        PersonalBudget budget = new PersonalBudget(true, 240_000L, true, false, true, false, "  Managed by the council  ");

        assertThat(budget.covers()).containsExactly(PersonalBudget.Part.EDUCATION, PersonalBudget.Part.SOCIAL_CARE);
        assertThat(budget.arrangements()).isEqualTo("Managed by the council");
        assertThat(budget.isEmpty()).isFalse();
    }

    @Test
    void the_amount_is_more_than_nothing_and_at_most_the_ceiling() {
        assertThat(keys(true, 0L, true, false, false, true, null)).containsExactly("amount:plan.budget.error.amountRange");
        assertThat(keys(true, -1L, true, false, false, true, null)).containsExactly("amount:plan.budget.error.amountRange");
        assertThat(keys(true, 1L, true, false, false, true, null)).isEmpty();
        assertThat(keys(true, PersonalBudget.MAX_PENCE, false, true, false, true, null)).isEmpty();
        assertThat(keys(true, PersonalBudget.MAX_PENCE + 1, false, true, false, true, null))
                .containsExactly("amount:plan.budget.error.amountRange");
    }

    @Test
    void a_budget_not_requested_or_not_recorded_carries_no_amount_parts_or_direct_payments() {
        assertThat(keys(false, null, false, false, false, null, "Not asked for")).isEmpty();
        assertThat(keys(false, 100L, false, false, false, null, null)).containsExactly("requested:plan.budget.error.notRequested");
        assertThat(keys(false, null, false, true, false, null, null)).containsExactly("requested:plan.budget.error.notRequested");
        assertThat(keys(null, null, false, false, false, false, null)).containsExactly("requested:plan.budget.error.notRequested");
        assertThatIllegalArgumentException().isThrownBy(() -> new PersonalBudget(false, 100L, false, false, false, null, null));
        // the free text of a plan written before J was structured is kept as the arrangements
        assertThat(new PersonalBudget(null, null, false, false, false, null, "No personal budget requested.").isEmpty()).isFalse();
        assertThat(PersonalBudget.NONE.isEmpty()).isTrue();
    }

    @Test
    void the_arrangements_fit_their_column() {
        assertThat(keys(false, null, false, false, false, null, "x".repeat(PersonalBudget.ARRANGEMENTS))).isEmpty();
        assertThat(keys(false, null, false, false, false, null, "x".repeat(PersonalBudget.ARRANGEMENTS + 1)))
                .containsExactly("arrangements:plan.budget.error.arrangementsTooLong");
    }
}
