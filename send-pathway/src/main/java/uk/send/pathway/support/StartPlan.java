package uk.send.pathway.support;

import java.time.LocalDate;

/**
 * Start a cycle: assess (the notes) and plan. The review date is the one the SENCO chose, or left null for the
 * configured interval after the start.
 */
public record StartPlan(SupportTier tier, LocalDate startsOn, LocalDate reviewDue, String assessmentNotes) {
}
