package uk.send.pathway.returns;

/**
 * One record breaking one rule: the child, and the record the fix is made on ({@code recordId} is the child's,
 * the assessment's or the plan's id, as {@link Sen2Rule#fix()} says).
 */
public record Sen2Finding(Sen2Rule rule, long childId, String familyName, String givenName, long recordId) {
}
