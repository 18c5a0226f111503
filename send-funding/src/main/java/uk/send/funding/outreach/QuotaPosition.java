package uk.send.funding.outreach;

import uk.send.funding.topup.FinancialYear;

/**
 * A footprint's outreach quota in one financial year, in sessions: the quota, the sessions accepted and still to be
 * delivered (committed), those delivered, and what remains (quota − committed − delivered). {@code set} is false when
 * the commissioner has set no quota for the year (no request can be accepted in it).
 */
public record QuotaPosition(long footprintId, String footprintName, FinancialYear year, boolean set, int quota,
                            int committed, int delivered, int remaining) {
}
