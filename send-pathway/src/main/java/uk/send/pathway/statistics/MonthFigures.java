package uk.send.pathway.statistics;

import java.time.YearMonth;

/** One month's figures for the trend: requests received, new plans issued and their timeliness. */
public record MonthFigures(YearMonth month, long requests, long newPlans, long newPlansWithinTwentyWeeks,
        long newPlansExcludingExceptions, long newPlansWithinTwentyWeeksExcludingExceptions) {

    public Double percentWithinTwentyWeeks() {
        return Percent.of(newPlansWithinTwentyWeeks, newPlans);
    }

    public Double percentWithinTwentyWeeksExcludingExceptions() {
        return Percent.of(newPlansWithinTwentyWeeksExcludingExceptions, newPlansExcludingExceptions);
    }
}
