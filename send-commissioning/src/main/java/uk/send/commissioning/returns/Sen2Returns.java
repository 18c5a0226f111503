package uk.send.commissioning.returns;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.StatisticsFilter;

/**
 * The SEN2 return computed from the service's own records. Its date rules:
 * <ul>
 *   <li>the census date is the third Thursday of January (2027: 21 January);</li>
 *   <li>requests, assessments and new plans are those dated in the calendar year before the census year,
 *       1 January to 31 December, both inclusive, each counted by the date of its own step;</li>
 *   <li>active plans are those in force on the census date: a final or amended version issued on or before it,
 *       and the plan not ceased on or before it.</li>
 * </ul>
 */
@Service
public class Sen2Returns {

    /** The first census of the person-level return (January 2023); no earlier census is offered. */
    public static final int FIRST_YEAR = 2023;

    private final PathwayStatistics statistics;
    private final Clock clock;

    Sen2Returns(PathwayStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /** The census date of a year's return: the third Thursday of January. */
    public static LocalDate censusDate(int year) {
        return LocalDate.of(year, Month.JANUARY, 1)
                .with(TemporalAdjusters.dayOfWeekInMonth(3, DayOfWeek.THURSDAY));
    }

    /** The next census on or after today: the return being prepared. */
    public int currentYear() {
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(censusDate(today.getYear())) ? today.getYear() + 1 : today.getYear();
    }

    /** The returns a commissioner may open: the current one first, back to the first person-level return. */
    public List<Integer> years() {
        List<Integer> years = new ArrayList<>();
        for (int year = currentYear(); year >= FIRST_YEAR; year--) {
            years.add(year);
        }
        return years;
    }

    /** The return for one census year, optionally for children living in one footprint. */
    @Transactional(readOnly = true)
    public Sen2Return forYear(int year, Long footprintId) {
        if (year < FIRST_YEAR || year > currentYear()) {
            throw new IllegalArgumentException("no SEN2 return for " + year);
        }
        LocalDate census = censusDate(year);
        StatisticsFilter flows = new StatisticsFilter(LocalDate.of(year - 1, 1, 1), LocalDate.of(year - 1, 12, 31),
                footprintId);
        return new Sen2Return(year, census, flows.from(), flows.to(), LocalDate.now(clock), footprintId,
                statistics.assessments(flows), statistics.activePlans(census, footprintId));
    }
}
