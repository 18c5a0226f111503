package uk.send.pathway.assessment;

/** Whose advice the council seeks (reg 6(1)). */
public enum AdviceSource {
    EDUCATION, HEALTH, SOCIAL_CARE, EDUCATIONAL_PSYCHOLOGY, OTHER
}
