package uk.send.commissioning.highneeds;

/**
 * The categories of the high needs block a budget line is set for, in the order the page lists them. Each says
 * whether the service holds records of its spend; a category it does not is forecast at its budget.
 */
public enum HighNeedsCategory {

    MAINSTREAM_TOP_UP_WITH_PLANS(false),
    MAINSTREAM_TOP_UP_WITHOUT_PLANS(true),
    RESOURCE_BASES(true),
    SPECIAL_SCHOOLS(false),
    INMSS(true),
    ALTERNATIVE_PROVISION(false),
    POST_16(false),
    OUTREACH_AND_SENSORY(false);

    private final boolean recorded;

    HighNeedsCategory(boolean recorded) {
        this.recorded = recorded;
    }

    /** True when the service's records give the category's committed spend. */
    public boolean recorded() {
        return recorded;
    }
}
