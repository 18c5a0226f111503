package uk.send.commissioning.oap;

import java.time.LocalDate;

/** One year of a school's self-assessments: started or not, submitted when, and its answers counted. */
public record YearSummary(AcademicYear year, boolean started, LocalDate submittedOn, Tally tally) {
}
