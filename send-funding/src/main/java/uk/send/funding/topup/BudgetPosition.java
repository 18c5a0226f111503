package uk.send.funding.topup;

import uk.send.domain.reference.Money;

/**
 * A footprint's top-up budget in one financial year: the budget, what awards have committed for the rest of the
 * year, what they have spent so far (the days gone), and what remains (budget − committed − spent). {@code set} is
 * false when the commissioner has set no budget for the year (no award can be made in it).
 */
public record BudgetPosition(long footprintId, String footprintName, FinancialYear year, boolean set, Money budget,
                             Money committed, Money spent, Money remaining) {

    /**
     * A position from a budget row's figures: the budget (null when not set), what has been allocated from it, and
     * what of that is spent by today (never counted above the allocation); committed is the rest.
     */
    public static BudgetPosition of(long footprintId, String footprintName, FinancialYear year, Long budgetPence,
                                    long allocatedPence, long spentPence) {
        long budget = budgetPence == null ? 0 : budgetPence;
        long spent = Math.min(spentPence, allocatedPence);
        return new BudgetPosition(footprintId, footprintName, year, budgetPence != null, Money.ofPence(budget),
                Money.ofPence(allocatedPence - spent), Money.ofPence(spent), Money.ofPence(budget - allocatedPence));
    }
}
