package uk.send.pathway.support;

import java.time.LocalDate;

/**
 * Start a cycle: assess (the notes) and plan. The tier is the code of one in force, or null while the council uses
 * no tiers ({@link SupportPolicy#tiersInForce()}). The review date is the one the SENCO chose, or left null for the
 * tier's (or the council's) interval after the start.
 */
public record StartPlan(String tier, LocalDate startsOn, LocalDate reviewDue, String assessmentNotes) {
}
