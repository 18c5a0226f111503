package uk.send.funding.capital;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.funding.topup.AllocatedBudget;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * A footprint's capital budget in one financial year and what approved grants have taken from it. Changed only with
 * its row locked ({@link CapitalBudgetRepository#lock}); it refuses to go over ({@link AllocatedBudget}, the
 * arithmetic it shares with the top-up budget), and the database holds the same check.
 */
@Entity
@Table(name = "capital_budget")
class CapitalBudget {

    private static final AllocatedBudget.Refusals REFUSALS = new AllocatedBudget.Refusals(
            FundingRefusal.Field.DECISION, "capital.error.overBudget",
            "The grant would take the footprint over its capital budget", "capital.error.budgetBelowAllocated",
            "The budget would be less than the grants approved");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Embedded
    private AllocatedBudget amounts;

    @Version
    private int version;

    protected CapitalBudget() {
    }

    CapitalBudget(long footprintId, FinancialYear year, long pence) {
        this.footprintId = footprintId;
        this.financialYear = year.startYear();
        this.amounts = AllocatedBudget.of(pence);
    }

    long remaining() {
        return amounts.remaining();
    }

    /** Takes a grant from the year's budget, or refuses with the amount remaining. */
    void allocate(long pence) {
        amounts = amounts.allocate(pence, new FinancialYear(financialYear), REFUSALS);
    }

    /** A new budget for the year: never less than the grants already approved in it. */
    void setBudget(long pence) {
        amounts = amounts.withBudget(pence, REFUSALS);
    }

    long getFootprintId() {
        return footprintId;
    }

    long getBudgetPence() {
        return amounts.budgetPence();
    }

    long getAllocatedPence() {
        return amounts.allocatedPence();
    }
}
