package uk.send.commissioning.kpi;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.ReviewsAndAppeals;
import uk.send.pathway.statistics.StatisticsFilter;

/** The commissioner's KPIs: the pathway's figures for a period and footprint, dated today. */
@Service
public class Kpis {

    private final PathwayStatistics statistics;
    private final Clock clock;

    Kpis(PathwayStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    /**
     * Four statements: the period's figures, its months, and the plans active and the steps overdue on its last day
     * (today, for a period still running).
     */
    /** Annual reviews and appeals in the period, for the KPI page beside {@link #report}. */
    @Transactional(readOnly = true)
    public ReviewsAndAppeals reviewsAndAppeals(ReportingPeriod period, Long footprintId) {
        LocalDate today = LocalDate.now(clock);
        return statistics.reviewsAndAppeals(new StatisticsFilter(period.from(today), period.to(today), footprintId));
    }

    @Transactional(readOnly = true)
    public KpiReport report(ReportingPeriod period, Long footprintId) {
        LocalDate today = LocalDate.now(clock);
        StatisticsFilter filter = new StatisticsFilter(period.from(today), period.to(today), footprintId);
        return new KpiReport(today, period, filter.from(), filter.to(), footprintId, statistics.assessments(filter),
                statistics.byMonth(filter), statistics.activePlans(filter.to(), footprintId),
                statistics.overdue(filter.to(), footprintId));
    }
}
