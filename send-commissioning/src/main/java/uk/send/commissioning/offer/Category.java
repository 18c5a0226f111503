package uk.send.commissioning.offer;

/** What kind of service, as the Local Offer groups them (Schedule 2 of the SEND Regulations 2014). Stored by name. */
public enum Category {
    EDUCATION,
    HEALTH,
    SOCIAL_CARE,
    SHORT_BREAKS,
    TRAVEL,
    PREPARING_FOR_ADULTHOOD,
    LEISURE,
    ADVICE_AND_SUPPORT
}
