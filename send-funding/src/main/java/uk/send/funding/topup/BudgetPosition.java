package uk.send.funding.topup;

import uk.send.domain.reference.Money;

/**
 * A footprint's top-up budget in one financial year: the budget, what awards have committed for the rest of the
 * year, what they have spent so far (the days gone), and what remains (budget − committed − spent). {@code set} is
 * false when the commissioner has set no budget for the year (no award can be made in it).
 */
public record BudgetPosition(long footprintId, String footprintName, FinancialYear year, boolean set, Money budget,
                             Money committed, Money spent, Money remaining) {
}
