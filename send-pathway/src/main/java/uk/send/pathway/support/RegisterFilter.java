package uk.send.pathway.support;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/** What a SENCO narrows the register to; every field is optional. The query matches a name or a UPN. */
public record RegisterFilter(String query, SenProvision provision, NeedCode need, RegisterStatus status) {

    public static final RegisterFilter NONE = new RegisterFilter(null, null, null, null);
}
