package uk.send.commissioning.forecast;

import uk.send.funding.topup.FinancialYear;

/**
 * Where the projection starts: the last complete financial year recorded, the plans in force on its last day and
 * the new plans issued during it.
 */
public record Baseline(FinancialYear year, long plansInForce, long newPlans) {

    public Baseline {
        if (plansInForce < 0 || newPlans < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }
}
