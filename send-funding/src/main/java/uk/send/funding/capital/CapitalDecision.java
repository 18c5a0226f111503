package uk.send.funding.capital;

import java.time.LocalDate;

/** What the panel decides on a capital application, sent to {@link CapitalGrants#decide}. */
public sealed interface CapitalDecision {

    /** Approve the amount asked for, paid on a day in the application's financial year. */
    record Approve(LocalDate paidOn) implements CapitalDecision {
    }

    record Decline(String reasons) implements CapitalDecision {
    }

    /** Defer, saying what more information the panel needs. */
    record Defer(String whatIsNeeded) implements CapitalDecision {
    }
}
