package uk.send.pathway.plan;

/** Read model: what an import of plans did: plans added, and those already recorded (left as they are). */
public record PlanMigrationResult(int added, int unchanged) {
}
