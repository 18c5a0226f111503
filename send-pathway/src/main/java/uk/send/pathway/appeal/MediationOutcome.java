package uk.send.pathway.appeal;

/** How mediation ended, as the certificate records it. */
public enum MediationOutcome {
    /** The family decided not to take up mediation after the mediation adviser's information. */
    NOT_TAKEN_UP,
    /** Mediation held and the disagreement resolved. */
    AGREED,
    /** Mediation held and resolved in part. */
    PARTLY_AGREED,
    /** Mediation held without agreement. */
    NOT_AGREED
}
