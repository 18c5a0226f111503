package uk.send.commissioning.kpi;

import java.time.LocalDate;
import java.util.List;

import uk.send.pathway.statistics.ActivePlans;
import uk.send.pathway.statistics.AssessmentFigures;
import uk.send.pathway.statistics.MonthFigures;
import uk.send.pathway.statistics.OverdueSteps;

/**
 * The KPIs for one footprint (or the whole area, when {@code footprintId} is null) and one period, computed
 * {@code asAt} the day shown on the page. Active plans are counted on the period's last day, and so are the steps
 * overdue (today, for a period still running).
 */
public record KpiReport(LocalDate asAt, ReportingPeriod period, LocalDate from, LocalDate to, Long footprintId,
        AssessmentFigures assessments, List<MonthFigures> months, ActivePlans activePlans, OverdueSteps overdue) {
}
