package uk.send.funding.topup;

/** Where an application is: waiting for the panel, deferred for more information, approved or declined. */
public enum ApplicationStatus {
    SUBMITTED, DEFERRED, APPROVED, DECLINED;

    /** Waiting on someone: the panel (submitted) or the school (deferred). */
    public boolean open() {
        return this == SUBMITTED || this == DEFERRED;
    }
}
