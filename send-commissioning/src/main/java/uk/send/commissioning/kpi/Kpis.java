package uk.send.commissioning.kpi;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.pathway.statistics.Breakdown;
import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.SupportAcrossArea;
import uk.send.pathway.statistics.SupportStatistics;
import uk.send.pathway.statistics.ReviewsAndAppeals;
import uk.send.pathway.statistics.StatisticsFilter;

/** The commissioner's KPIs: the pathway's figures for a period and footprint, dated today. */
@Service
public class Kpis {

    private final PathwayStatistics statistics;
    private final SupportStatistics support;
    private final Clock clock;

    Kpis(PathwayStatistics statistics, SupportStatistics support, Clock clock) {
        this.statistics = statistics;
        this.support = support;
        this.clock = clock;
    }

    /** Annual reviews and appeals in the period, for the KPI page beside {@link #report}. */
    @Transactional(readOnly = true)
    public ReviewsAndAppeals reviewsAndAppeals(ReportingPeriod period, Long footprintId) {
        LocalDate today = LocalDate.now(clock);
        return statistics.reviewsAndAppeals(new StatisticsFilter(period.from(today), period.to(today), footprintId));
    }

    /**
     * Requests, assessments begun, new plans and the plans active on the period's last day by phase, need and setting
     * type: one statement, whose totals are those of {@link #report}.
     */
    @Transactional(readOnly = true)
    public Breakdown breakdown(ReportingPeriod period, Long footprintId) {
        LocalDate today = LocalDate.now(clock);
        return statistics.breakdown(new StatisticsFilter(period.from(today), period.to(today), footprintId));
    }

    /**
     * Pupils at SEN Support today and those with a cycle reviewed in the last term, by footprint (the footprint of
     * the pupil's school), or in the one footprint chosen: one statement. Always as at today, whatever the period.
     */
    @Transactional(readOnly = true)
    public SupportAcrossArea senSupportReviewed(Long footprintId) {
        return support.reviewedInLastTerm(footprintId);
    }

    /**
     * Four statements: the period's figures, its months, and the plans active and the steps overdue on its last day
     * (today, for a period still running).
     */
    @Transactional(readOnly = true)
    public KpiReport report(ReportingPeriod period, Long footprintId) {
        LocalDate today = LocalDate.now(clock);
        StatisticsFilter filter = new StatisticsFilter(period.from(today), period.to(today), footprintId);
        return new KpiReport(today, period, filter.from(), filter.to(), footprintId, statistics.assessments(filter),
                statistics.byMonth(filter), statistics.activePlans(filter.to(), footprintId),
                statistics.overdue(filter.to(), footprintId));
    }
}
