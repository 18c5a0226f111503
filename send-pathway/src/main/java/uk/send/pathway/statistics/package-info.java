/**
 * Aggregate figures from the pathway's own records for commissioners and statutory returns: requests,
 * decisions, new EHC plans and their timeliness (with and without reg 10(4) exceptions), month by month, and the
 * plans active on a date by need, footprint and placement. Every figure is one SQL aggregate; no record leaves
 * the database, only counts. Time limits come from {@link uk.send.pathway.calendar.StatutoryPeriod}.
 */
@org.springframework.modulith.NamedInterface("statistics")
package uk.send.pathway.statistics;
