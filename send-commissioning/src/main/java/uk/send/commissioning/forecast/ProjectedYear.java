package uk.send.commissioning.forecast;

import uk.send.funding.topup.FinancialYear;

/**
 * One projected financial year: the plans in force at its start, the new plans and those ceasing in it, the plans
 * in force at its end split by kind of setting, the annual unit cost of each kind that year and the cost of the plans
 * in force at the year's end, all in pence.
 */
public record ProjectedYear(FinancialYear year, long plansAtStart, long newPlans, long ceased, long plansAtEnd,
        long mainstream, long special, long inmss,
        long mainstreamUnitPence, long specialUnitPence, long inmssUnitPence,
        long mainstreamCostPence, long specialCostPence, long inmssCostPence) {

    public long totalCostPence() {
        return mainstreamCostPence + specialCostPence + inmssCostPence;
    }
}
