package uk.send.pathway.support;

/**
 * What kind of provision an item is, for the school's costed provision map: support from an adult in class, a
 * small-group or one-to-one intervention, a specialist's input (such as speech and language therapy), equipment
 * or adaptations, or something else. Items recorded before types were asked for have none (null).
 */
public enum ProvisionType {
    IN_CLASS_SUPPORT, SMALL_GROUP, ONE_TO_ONE, SPECIALIST, EQUIPMENT, OTHER
}
