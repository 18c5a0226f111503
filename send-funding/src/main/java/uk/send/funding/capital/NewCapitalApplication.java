package uk.send.funding.capital;

import uk.send.funding.topup.FinancialYear;

/**
 * A SENCO's application for a capital grant: what for, a short title, what it buys, the pupils or cohort it serves
 * (described, not named) and how many, the amount in pence, and the financial year it is for.
 */
public record NewCapitalApplication(CapitalPurpose purpose, String title, String whatItBuys, String whoItServes,
                                    int pupilsServed, long amountPence, FinancialYear year) {
}
