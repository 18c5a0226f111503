package uk.send.pathway.support;

/** Read model: what an import of SEN Support did: pupils added, and those already recorded (left as they are). */
public record SupportMigrationResult(int added, int unchanged) {
}
