package uk.send.pathway.plan;

/** Preparing for adulthood: the areas outcomes address from Year 9. */
public enum AdulthoodArea {
    EMPLOYMENT, INDEPENDENT_LIVING, COMMUNITY_PARTICIPATION, HEALTH
}
