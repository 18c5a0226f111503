package uk.send.domain.transfer;

/** What an uploaded file brings in. */
public enum ImportKind {
    /** The DfE "Get Information About Schools" establishment extract: schools and other settings. */
    GIAS,
    /** A caseload migration file of children and their main parent or carer. */
    CHILDREN,
    /** A caseload migration file of EHC plans (issue date, status, setting named, primary need, last review). */
    PLANS,
    /** A caseload migration file of pupils at SEN Support (date added, setting, needs). */
    SEN_SUPPORT,
    /** A caseload migration file of top-up awards (setting, band, period, annual value, review date). */
    AWARDS
}
