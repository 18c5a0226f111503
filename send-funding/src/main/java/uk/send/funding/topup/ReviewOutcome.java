package uk.send.funding.topup;

/** What the panel decides when an award is reviewed at its end. */
public enum ReviewOutcome {
    RENEW, CHANGE_BAND, END
}
