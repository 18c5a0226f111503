package uk.send.pathway.support;

/** Progress towards one outcome, as the review found it. */
public enum Progress {
    EXCEEDED, ACHIEVED, PARTLY_ACHIEVED, NOT_ACHIEVED
}
