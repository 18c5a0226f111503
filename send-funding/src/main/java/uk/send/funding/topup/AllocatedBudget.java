package uk.send.funding.topup;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import uk.send.domain.reference.Money;

/**
 * A footprint's budget for one financial year and what decisions have taken from it, in pence: the arithmetic the
 * top-up budget ({@code footprint_budget}) and the capital budget ({@code capital_budget}) share. Immutable: taking an
 * amount or setting a new budget gives a new value, which the owning entity keeps (its row locked while it does). The
 * columns are the capital budget's; the top-up budget overrides them with its own names.
 *
 * @param budgetPence    the budget the commissioner set
 * @param allocatedPence what approvals have taken from it (committed and spent alike)
 */
@Embeddable
public record AllocatedBudget(@Column(name = "budget_pence", nullable = false) long budgetPence,
                              @Column(name = "allocated_pence", nullable = false) long allocatedPence) {

    /**
     * The words of a budget's two refusals, which differ by kind of funding: taking more than remains (about the
     * field the decision's form names, with the remaining amount, the year and the amount asked), and a budget set
     * below what is allocated (about the amount, with what is allocated).
     */
    public record Refusals(FundingRefusal.Field overField, String overKey, String overMessage, String belowKey,
                           String belowMessage) {
    }

    /** A new budget with nothing taken from it yet. */
    public static AllocatedBudget of(long budgetPence) {
        return new AllocatedBudget(budgetPence, 0);
    }

    /** Budget − allocated: what a decision may still take. */
    public long remaining() {
        return budgetPence - allocatedPence;
    }

    /** The budget with {@code pence} more taken, or a refusal that gives the amount remaining. */
    public AllocatedBudget allocate(long pence, FinancialYear year, Refusals refusals) {
        if (pence > remaining()) {
            throw new FundingRefusal(refusals.overField(), refusals.overKey(), refusals.overMessage(),
                    Money.ofPence(remaining()), year.label(), Money.ofPence(pence));
        }
        return new AllocatedBudget(budgetPence, allocatedPence + pence);
    }

    /** A new budget for the year: never less than what is already allocated from it. */
    public AllocatedBudget withBudget(long pence, Refusals refusals) {
        if (pence < allocatedPence) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, refusals.belowKey(), refusals.belowMessage(),
                    Money.ofPence(allocatedPence));
        }
        return new AllocatedBudget(pence, allocatedPence);
    }
}
