package uk.send.pathway.support;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/**
 * What a SENCO narrows the register to; every field is optional. The query matches a name or a UPN; the tier (a
 * {@link SupportTier} code) matches the tier of the cycle in progress.
 */
public record RegisterFilter(String query, SenProvision provision, NeedCode need, RegisterStatus status, String tier) {

    public static final RegisterFilter NONE = new RegisterFilter(null, null, null, null, null);

    public RegisterFilter(String query, SenProvision provision, NeedCode need, RegisterStatus status) {
        this(query, provision, need, status, null);
    }
}
