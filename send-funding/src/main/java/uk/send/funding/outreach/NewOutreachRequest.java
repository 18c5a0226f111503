package uk.send.funding.outreach;

import uk.send.domain.reference.NeedCode;

/**
 * A mainstream SENCO's request for outreach: from which special school, the area of need (optional), the support
 * wanted (for a pupil or a group, described, not named) and how many sessions.
 */
public record NewOutreachRequest(Long providerSettingId, NeedCode need, String supportWanted, int sessions) {
}
