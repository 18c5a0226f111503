package uk.send.funding.capital;

/** What a capital grant is for. */
public enum CapitalPurpose {
    /** Adaptations and equipment so pupils with SEND can take part and sit assessments (access arrangements). */
    ACCESS_ARRANGEMENTS,
    /** A "mainstream plus" space or provision in a mainstream school (a nurture room, a sensory space, say). */
    MAINSTREAM_PLUS
}
