package uk.send.commissioning.offer;

/** How a family gets the service. Stored by name. */
public enum Access {
    /** Anyone may use it or book it themselves. */
    OPEN,
    /** A professional (a GP, a school, a health visitor) refers the child. */
    REFERRAL,
    /** Only after the council or the NHS has assessed the child's needs. */
    ASSESSED
}
