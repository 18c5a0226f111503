package uk.send.pathway.assessment;

/** Who asked for the assessment (reg 3: a parent, a young person over 16, or a school or setting). */
public enum Requester {
    PARENT, YOUNG_PERSON, SETTING, OTHER
}
