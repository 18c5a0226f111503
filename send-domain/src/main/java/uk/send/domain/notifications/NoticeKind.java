package uk.send.domain.notifications;

/**
 * The kinds of email a family is sent about their case, each of which an account holder may turn off, except
 * the statutory notices: a decision the family has a right to appeal or to answer (whether to assess, the draft
 * plan with its comment window, the final plan) is always sent.
 */
public enum NoticeKind {
    /** The council received a request for an EHC needs assessment. */
    REQUEST_RECEIVED(false),
    /** The council decided whether to assess (reg 4 and 5, with appeal rights): always sent. */
    ASSESSMENT_DECISION(true),
    /** The draft plan was issued, or amendments proposed after a review, with the date comments close (regs 13(1), 22): always sent. */
    DRAFT_PLAN(true),
    /** The final plan, or an amended plan, was issued (regs 13(2), 22, with appeal rights): always sent. */
    FINAL_PLAN(true),
    /**
     * The council's decision after a review meeting, to keep, amend or cease the plan (reg 22, notified within 4
     * weeks of the meeting, with appeal rights): always sent. Never stored as a choice, as no statutory kind is.
     */
    REVIEW_DECISION(true),
    /** An annual review of the plan is coming: the meeting is arranged and the family's views are wanted. */
    REVIEW_DUE(false),
    /** A reminder a few days before a date the family has to meet (comments on a draft or on proposed amendments, views for a review). */
    DEADLINE_REMINDER(false);

    private final boolean alwaysSent;

    NoticeKind(boolean alwaysSent) {
        this.alwaysSent = alwaysSent;
    }

    /** Whether this kind is sent whatever the account holder chose. */
    public boolean alwaysSent() {
        return alwaysSent;
    }
}
