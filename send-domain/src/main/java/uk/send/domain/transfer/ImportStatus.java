package uk.send.domain.transfer;

/** Where an uploaded file is on its way in. */
public enum ImportStatus {
    /** A GIAS extract whose changes are shown, waiting for the administrator to apply them. */
    PREVIEWED,
    /** Waiting for the background worker. */
    QUEUED,
    /** Every row being checked; nothing written yet. */
    VALIDATING,
    /** Some rows were refused: nothing was written; the error report says which and why. */
    INVALID,
    /** Being written, in one transaction. */
    IMPORTING,
    /** Written. */
    DONE,
    /** Stopped by an error or a restart: the transaction was rolled back, nothing was written. */
    FAILED,
    /** A GIAS extract's changes, applied. */
    APPLIED;

    /** Whether the page following the import should keep refreshing. */
    public boolean isRunning() {
        return this == QUEUED || this == VALIDATING || this == IMPORTING;
    }
}
