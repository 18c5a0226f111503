package uk.send.pathway.plan;

/**
 * What a version of a plan is. The working copy (number 0) is the one caseworkers write; every other kind is
 * issued from it and never changes. A final or an amended plan names the school or setting in section I.
 */
public enum VersionKind {
    WORKING, DRAFT, FINAL, PROPOSED_AMENDMENT, AMENDED, CEASED;

    /** Whether this kind is sent out (to the family, the setting): everything but the working copy. */
    public boolean isIssued() {
        return this != WORKING;
    }

    /** Whether this kind is the plan in force, which must name a placement: the final plan, or the plan as amended. */
    public boolean isInForce() {
        return this == FINAL || this == AMENDED;
    }

    /** Whether pages must mark this version as not (yet) the plan: a draft or a proposed amendment. */
    public boolean isDraft() {
        return this == DRAFT || this == PROPOSED_AMENDMENT;
    }
}
