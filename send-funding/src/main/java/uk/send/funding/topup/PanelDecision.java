package uk.send.funding.topup;

import java.time.LocalDate;

/** What the panel decides on an application, sent to {@link TopUpFunding#decide}. */
public sealed interface PanelDecision {

    /** Approve with a band (perhaps not the one asked for) and the award's dates. */
    record Approve(long bandId, LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn) implements PanelDecision {
    }

    record Decline(String reasons) implements PanelDecision {
    }

    /** Defer, saying what more information the panel needs. */
    record Defer(String whatIsNeeded) implements PanelDecision {
    }
}
