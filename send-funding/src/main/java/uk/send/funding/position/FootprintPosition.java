package uk.send.funding.position;

import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.topup.BudgetPosition;

/** One footprint's funding in a financial year: its top-up and capital budgets and its outreach quota. */
public record FootprintPosition(long footprintId, String footprintName, BudgetPosition topUp, BudgetPosition capital,
                                QuotaPosition outreach) {
}
