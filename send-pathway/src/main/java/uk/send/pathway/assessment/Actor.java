package uk.send.pathway.assessment;

/** Who took a step: recorded on the timeline and in the audit trail. */
public record Actor(long userId, String name) {
}
