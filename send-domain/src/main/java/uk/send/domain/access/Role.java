package uk.send.domain.access;

/**
 * What a signed-in person does in the service. Each role has one scope: the records it may read.
 */
public enum Role {
    /** A parent or carer: their own children only. */
    PARENT("/parent"),
    /** A school's SEN coordinator: the children at their setting. */
    SENCO("/school"),
    /** A council SEND caseworker: the children whose home is in their footprints. */
    CASEWORKER("/caseworker"),
    /** A member of a footprint's funding panel: that footprint. */
    PANEL("/panel"),
    /** A commissioner: every footprint, in aggregate only (no individual child records). */
    COMMISSIONER("/commissioner"),
    /** A system administrator: users and reference data. */
    ADMIN("/admin"),
    /**
     * A professional asked for advice for an EHC needs assessment (an educational psychologist, say):
     * exactly the advice requests addressed to them; no child's wider record, no caseload.
     */
    ADVISER("/adviser"),
    /**
     * A council officer who edits the Local Offer (the public directory of SEND services) and answers the
     * comments families leave on it: no child's record.
     */
    LOCAL_OFFER("/local-offer-editor"),
    /**
     * An outreach provider at a special school: the outreach requests made to their school (accepting them and
     * recording the sessions delivered); no child's record.
     */
    OUTREACH("/outreach"),
    /**
     * A young person aged 16 or over who holds their own account (Children and Families Act 2014 s.80: from
     * the end of compulsory school age the decisions are theirs): exactly their own record, through the same
     * pages as a parent.
     */
    YOUNG_PERSON("/parent"),
    /**
     * A registered provider of services in the Local Offer (a charity, a health trust, a club): the Local Offer
     * entries of the organisations its account is linked to, which it keeps up to date and marks as checked through
     * the Local Offer editor's own pages; no other organisation's entry, no comments, no child's record.
     */
    PROVIDER("/provider");

    private final String homePath;

    Role(String homePath) {
        this.homePath = homePath;
    }

    /** The page a person with this role lands on after signing in. */
    public String homePath() {
        return homePath;
    }

    /** Whether the role is attached to one setting (a SENCO's school, an outreach provider's special school). */
    public boolean isSettingScoped() {
        return this == SENCO || this == OUTREACH;
    }

    /** Whether the role is the family's own (a parent or carer, or the young person): the family's pages. */
    public boolean isFamily() {
        return this == PARENT || this == YOUNG_PERSON;
    }

    /** Whether the role's scope is a set of footprints. */
    public boolean isFootprintScoped() {
        return this == CASEWORKER || this == PANEL;
    }
}
