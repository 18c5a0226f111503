package uk.send.commissioning.oap;

/** The four broad areas of need of the SEND Code of Practice (6.28), by which the standards are grouped. */
public enum AreaOfNeed {
    COMMUNICATION_AND_INTERACTION,
    COGNITION_AND_LEARNING,
    SOCIAL_EMOTIONAL_AND_MENTAL_HEALTH,
    SENSORY_AND_PHYSICAL
}
