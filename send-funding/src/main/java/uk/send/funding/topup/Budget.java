package uk.send.funding.topup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.domain.reference.Money;

/**
 * A footprint's top-up budget in one financial year and what awards have taken from it. It is only ever changed
 * with its row locked ({@link BudgetRepository#lock}), and it refuses to go over: the database holds the same check.
 */
@Entity
@Table(name = "footprint_budget")
class Budget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Column(name = "top_up_budget_pence", nullable = false)
    private long topUpBudgetPence;

    @Column(name = "top_up_allocated_pence", nullable = false)
    private long topUpAllocatedPence;

    @Version
    private int version;

    protected Budget() {
    }

    Budget(long footprintId, FinancialYear year, long pence) {
        this.footprintId = footprintId;
        this.financialYear = year.startYear();
        this.topUpBudgetPence = pence;
    }

    long remaining() {
        return topUpBudgetPence - topUpAllocatedPence;
    }

    /** Takes an award's cost in this year, or refuses with the remaining amount. */
    void allocate(long pence) {
        if (pence > remaining()) {
            throw new FundingRefusal(FundingRefusal.Field.BAND, "funding.error.overBudget",
                    "The award would take the footprint over its budget", Money.ofPence(remaining()),
                    new FinancialYear(financialYear).label(), Money.ofPence(pence));
        }
        topUpAllocatedPence += pence;
    }

    /** A new budget for the year: never less than the awards already made in it. */
    void setBudget(long pence) {
        if (pence < topUpAllocatedPence) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, "funding.error.budgetBelowAllocated",
                    "The budget would be less than the awards made", Money.ofPence(topUpAllocatedPence));
        }
        topUpBudgetPence = pence;
    }

    long getFootprintId() {
        return footprintId;
    }

    FinancialYear getFinancialYear() {
        return new FinancialYear(financialYear);
    }

    long getTopUpBudgetPence() {
        return topUpBudgetPence;
    }

    long getTopUpAllocatedPence() {
        return topUpAllocatedPence;
    }
}
