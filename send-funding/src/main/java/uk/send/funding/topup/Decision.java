package uk.send.funding.topup;

/** What the panel decides on an application. */
public enum Decision {
    APPROVE, DECLINE, DEFER
}
