package uk.send.pathway.assessment;

/** Where an EHC needs assessment stands. The closed stages end the case. */
public enum Stage {
    /** Request received; the council must decide whether to assess (6 weeks). */
    REQUESTED(false),
    /** Decided to assess; advice is being gathered (6 weeks from each request for advice). */
    ASSESSING(false),
    /** Decided to issue a plan; the draft is being written. */
    DRAFTING(false),
    /** Draft sent; the parent or young person has at least 15 days to comment and name a setting. */
    DRAFT_ISSUED(false),
    /** Final plan issued. */
    FINAL(true),
    /** Decided not to assess; the notice gives appeal rights and mediation information. */
    REFUSED(true),
    /** Assessed, and decided not to issue a plan (16 weeks). */
    NOT_ISSUED(true);

    private final boolean closed;

    Stage(boolean closed) {
        this.closed = closed;
    }

    public boolean isClosed() {
        return closed;
    }
}
