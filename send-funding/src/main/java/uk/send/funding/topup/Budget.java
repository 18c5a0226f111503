package uk.send.funding.topup;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A footprint's top-up budget in one financial year and what awards have taken from it. It is only ever changed
 * with its row locked ({@link BudgetRepository#lock}), and it refuses to go over ({@link AllocatedBudget}, the
 * arithmetic it shares with the capital budget): the database holds the same check.
 */
@Entity
@Table(name = "footprint_budget")
class Budget {

    private static final AllocatedBudget.Refusals REFUSALS = new AllocatedBudget.Refusals(FundingRefusal.Field.BAND,
            "funding.error.overBudget", "The award would take the footprint over its budget",
            "funding.error.budgetBelowAllocated", "The budget would be less than the awards made");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Embedded
    @AttributeOverride(name = "budgetPence", column = @Column(name = "top_up_budget_pence", nullable = false))
    @AttributeOverride(name = "allocatedPence", column = @Column(name = "top_up_allocated_pence", nullable = false))
    private AllocatedBudget amounts;

    @Version
    private int version;

    protected Budget() {
    }

    Budget(long footprintId, FinancialYear year, long pence) {
        this.footprintId = footprintId;
        this.financialYear = year.startYear();
        this.amounts = AllocatedBudget.of(pence);
    }

    long remaining() {
        return amounts.remaining();
    }

    /** Takes an award's cost in this year, or refuses with the remaining amount. */
    void allocate(long cost) {
        amounts = amounts.allocate(cost, getFinancialYear(), REFUSALS);
    }

    /** A new budget for the year: never less than the awards already made in it. */
    void setBudget(long budget) {
        amounts = amounts.withBudget(budget, REFUSALS);
    }

    long getFootprintId() {
        return footprintId;
    }

    FinancialYear getFinancialYear() {
        return new FinancialYear(financialYear);
    }

    long getTopUpBudgetPence() {
        return amounts.budgetPence();
    }

    long getTopUpAllocatedPence() {
        return amounts.allocatedPence();
    }
}
