package uk.send.commissioning.oap;

/** A school's judgement of itself against one standard. */
public enum Rating {
    MET,
    PARTLY_MET,
    NOT_MET
}
