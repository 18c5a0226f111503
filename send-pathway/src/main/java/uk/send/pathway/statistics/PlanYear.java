package uk.send.pathway.statistics;

/**
 * EHC plans over one financial year (1 April of {@code startYear} to 31 March after): in force on the day before
 * it, first issued in it (a final version), ceased in it, and in force on its last day. A plan is in force on a day
 * from its first final version to the day before it ceased, as in {@link PathwayStatistics#activePlans}, so
 * {@code atEnd = atStart + issued − ceased}; a plan ceased before it was ever issued is counted nowhere.
 */
public record PlanYear(int startYear, long atStart, long issued, long ceased, long atEnd) {
}
