package uk.send.pathway.transfer;

/** Where a child's phase transfer stands: has a plan naming a setting for the next phase been made final? */
public enum TransferStatus {
    /** No amendment for the move proposed this academic year and the deadline not yet passed. */
    NOT_STARTED,
    /** Proposed amendments sent this academic year; no plan naming the next setting yet. */
    AMENDMENT_PROPOSED,
    /** The deadline has passed with no final plan naming a setting for the next phase. */
    OVERDUE,
    /** A final or amended plan naming a setting for the next phase was issued by the deadline. */
    NAMED,
    /** It was issued, but after the deadline. */
    NAMED_LATE
}
