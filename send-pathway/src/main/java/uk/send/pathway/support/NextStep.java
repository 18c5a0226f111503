package uk.send.pathway.support;

/** What a review decides: the next step for the pupil. */
public enum NextStep {
    CONTINUE, CHANGE, APPLY_FOR_TOP_UP, REQUEST_EHC_NEEDS_ASSESSMENT, NO_LONGER_SEN;

    /** Whether the pupil stays at SEN Support, so the next cycle opens. */
    public boolean continuesSupport() {
        return this != NO_LONGER_SEN;
    }
}
