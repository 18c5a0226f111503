package uk.send.funding.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.domain.reference.Money;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * A footprint's capital budget in one financial year and what approved grants have taken from it. Changed only with
 * its row locked ({@link CapitalBudgetRepository#lock}); it refuses to go over, and the database holds the same check.
 */
@Entity
@Table(name = "capital_budget")
class CapitalBudget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Column(name = "budget_pence", nullable = false)
    private long budgetPence;

    @Column(name = "allocated_pence", nullable = false)
    private long allocatedPence;

    @Version
    private int version;

    protected CapitalBudget() {
    }

    CapitalBudget(long footprintId, FinancialYear year, long pence) {
        this.footprintId = footprintId;
        this.financialYear = year.startYear();
        this.budgetPence = pence;
    }

    long remaining() {
        return budgetPence - allocatedPence;
    }

    /** Takes a grant from the year's budget, or refuses with the amount remaining. */
    void allocate(long pence) {
        if (pence > remaining()) {
            throw new FundingRefusal(FundingRefusal.Field.DECISION, "capital.error.overBudget",
                    "The grant would take the footprint over its capital budget", Money.ofPence(remaining()),
                    new FinancialYear(financialYear).label(), Money.ofPence(pence));
        }
        allocatedPence += pence;
    }

    /** A new budget for the year: never less than the grants already approved in it. */
    void setBudget(long pence) {
        if (pence < allocatedPence) {
            throw new FundingRefusal(FundingRefusal.Field.AMOUNT, "capital.error.budgetBelowAllocated",
                    "The budget would be less than the grants approved", Money.ofPence(allocatedPence));
        }
        budgetPence = pence;
    }

    long getFootprintId() {
        return footprintId;
    }

    long getBudgetPence() {
        return budgetPence;
    }

    long getAllocatedPence() {
        return allocatedPence;
    }
}
