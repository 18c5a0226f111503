package uk.send.pathway.appeal;

/** How a tribunal appeal ended. */
public enum AppealOutcome {
    /** The tribunal found for the family and made an order. */
    ALLOWED,
    /** The tribunal found for the family in part and made an order. */
    PARTLY_ALLOWED,
    /** The council told the tribunal it would not oppose the appeal (reg 45). */
    CONCEDED,
    /** The tribunal dismissed the appeal. */
    DISMISSED,
    /** The family withdrew the appeal. */
    WITHDRAWN;

    /** Whether the council now has steps to take within the periods of regs 44 or 45. */
    public boolean requiresCompliance() {
        return this == ALLOWED || this == PARTLY_ALLOWED || this == CONCEDED;
    }
}
