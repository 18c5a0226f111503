package uk.send.domain.children;

import java.util.Objects;

import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/**
 * Command: a child's census SEN provision and needs as a migration brings them (a plan in force makes them E with
 * the plan's primary need; SEN Support K with the pupil's). A null primary need keeps the needs recorded.
 */
public record ProvisionChange(long childId, SenProvision provision, NeedCode primaryNeed, NeedCode secondaryNeed) {

    public ProvisionChange {
        Objects.requireNonNull(provision, "provision");
    }
}
