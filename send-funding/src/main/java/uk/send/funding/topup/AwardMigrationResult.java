package uk.send.funding.topup;

/** What a top-up awards migration did: awards added, and awards already recorded (same child and start) left. */
public record AwardMigrationResult(int added, int unchanged) {
}
