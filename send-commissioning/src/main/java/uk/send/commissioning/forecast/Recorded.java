package uk.send.commissioning.forecast;

import java.time.LocalDate;

/**
 * What the records say, as at a day: the trend over the recorded financial years, the plans in force at the end of
 * the base year by kind of setting, and the "Recorded trend" scenario's assumptions drawn from them (no cost
 * inflation: the records hold no prices over time).
 *
 * @param inmssPlacements the approved INMSS placements in force at the end of the base year, whose average
 *                        education share of the annual cost is the INMSS unit cost
 * @param bands           the top-up bands in use, whose average annual value is the mainstream unit cost
 */
public record Recorded(LocalDate asAt, RecordedTrend trend, long mainstream, long special, long inmss,
        long inmssPlacements, long bands, Assumptions assumptions) {

    public long plansInForce() {
        return mainstream + special + inmss;
    }
}
