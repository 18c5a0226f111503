package uk.send.funding.outreach;

import uk.send.funding.topup.FinancialYear;

/**
 * A footprint's outreach quota in one financial year, in sessions: the quota, the sessions accepted and still to be
 * delivered (committed), those delivered, and what remains (quota − committed − delivered). {@code set} is false when
 * the commissioner has set no quota for the year (no request can be accepted in it).
 */
public record QuotaPosition(long footprintId, String footprintName, FinancialYear year, boolean set, int quota,
                            int committed, int delivered, int remaining) {

    /** A position from a quota row's figures: the quota (null when not set), sessions accepted and delivered. */
    public static QuotaPosition of(long footprintId, String footprintName, FinancialYear year, Integer quota,
                                   int accepted, int delivered) {
        int sessions = quota == null ? 0 : quota;
        int done = Math.min(delivered, accepted);
        return new QuotaPosition(footprintId, footprintName, year, quota != null, sessions, accepted - done, done,
                sessions - accepted);
    }
}
