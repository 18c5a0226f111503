package uk.send.web.commissioning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import uk.send.commissioning.disclosure.Figure;
import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.commissioning.disclosure.SmallNumbers.Share;
import uk.send.commissioning.kpi.KpiReport;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingType;
import uk.send.pathway.statistics.AssessmentFigures;
import uk.send.pathway.statistics.MonthFigures;
import uk.send.pathway.statistics.OverdueSteps;

/**
 * The KPIs as they are published, every figure through {@link SmallNumbers}: the months of each measure add up to
 * the period's figure (a line each), a share is withheld with its part, its whole or a small remainder, and the
 * active plans by need and footprint are a grid whose total is the one shown everywhere on the page.
 */
public record KpiFigures(Figure requests, Share decisionsWithinSixWeeks, Figure newPlans, Share withinTwentyWeeks,
        Share withinTwentyWeeksExcludingExceptions, Figure newPlansWithException, List<Month> months,
        Figure activeTotal, Share inMainstream, Map<SettingType, Figure> bySettingType, NeedByFootprint needTable,
        Late late, Area area) {

    /**
     * "% educated in the area": active plans whose setting is in the council's own area, of the active plans naming
     * a setting. {@code withPlacement} is the plans naming one, of all active plans (withheld when the plans naming
     * none are 1 to 4); {@code inArea} and {@code outOfArea} add up to it, as a line.
     */
    public record Area(Share withPlacement, Share inAreaShare, Figure inArea, Figure outOfArea) {

        static Area of(long active, long placed, long inArea, Figure activeShown) {
            Share withPlacement = SmallNumbers.share(placed, active, activeShown);
            Share inAreaShare = SmallNumbers.share(inArea, placed, withPlacement.part());
            SmallNumbers.Line line = SmallNumbers.line(List.of(inArea, placed - inArea), placed);
            // the two add up to the plans naming a setting: when that is withheld, so is each of them
            boolean placedShown = withPlacement.part().isShown();
            Figure in = placedShown ? line.cells().get(0) : withheld(line.cells().get(0));
            Figure out = placedShown ? line.cells().get(1) : withheld(line.cells().get(1));
            return new Area(withPlacement, inAreaShare, in, out);
        }

        private static Figure withheld(Figure figure) {
            return figure.isShown() ? Figure.suppressed(Figure.Suppression.WITHHELD) : figure;
        }
    }

    /**
     * The late steps: taken in the period after their due date (each a share of its whole, so a late count is withheld
     * whenever the on-time count beside it would be), and not yet taken on the period's last day though overdue.
     */
    public record Late(Share decisions, Share newPlans, Share newPlansExcludingExceptions, LocalDate asAt,
            Figure decisionsOverdue, Share finalPlansOverdueWithException) {
    }

    /** One month of the trend. */
    public record Month(YearMonth month, Figure requests, Figure newPlans, Share withinTwentyWeeks,
            Share withinTwentyWeeksExcludingExceptions) {
    }

    static KpiFigures of(KpiReport report, List<FootprintView> footprints) {
        AssessmentFigures a = report.assessments();
        List<MonthFigures> months = report.months();
        SmallNumbers.Line requests = SmallNumbers.line(months.stream().map(MonthFigures::requests).toList(),
                Math.max(a.requests(), months.stream().mapToLong(MonthFigures::requests).sum()));
        SmallNumbers.Line newPlans = SmallNumbers.line(months.stream().map(MonthFigures::newPlans).toList(),
                Math.max(a.newPlans(), months.stream().mapToLong(MonthFigures::newPlans).sum()));
        List<Month> trend = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            MonthFigures m = months.get(i);
            trend.add(new Month(m.month(), requests.cells().get(i), newPlans.cells().get(i),
                    SmallNumbers.share(m.newPlansWithinTwentyWeeks(), m.newPlans(), newPlans.cells().get(i)),
                    SmallNumbers.share(m.newPlansWithinTwentyWeeksExcludingExceptions(), m.newPlansExcludingExceptions())));
        }
        Share exceptions = SmallNumbers.share(a.newPlansWithException(), a.newPlans(), newPlans.total());
        // Plans with no exception are the new plans less those with one: withheld when that would give it away.
        Figure plansExcludingExceptions = exceptions.part().isShown()
                ? SmallNumbers.count(a.newPlansExcludingExceptions())
                : Figure.suppressed(Figure.Suppression.WITHHELD);
        NeedByFootprint needTable = NeedByFootprint.of(report.activePlans(), footprints);
        Map<SettingType, Long> types = report.activePlans().bySettingType();
        List<SettingType> typeOrder = new ArrayList<>(types.keySet());
        long active = Math.max(report.activePlans().total(), types.values().stream().mapToLong(Long::longValue).sum());
        SmallNumbers.Line byType = SmallNumbers.line(typeOrder.stream().map(types::get).toList(), active);
        Map<SettingType, Figure> bySettingType = new LinkedHashMap<>();
        for (int i = 0; i < typeOrder.size(); i++) {
            bySettingType.put(typeOrder.get(i), byType.cells().get(i));
        }
        long mainstream = types.entrySet().stream().filter(e -> e.getKey().isMainstream())
                .mapToLong(Map.Entry::getValue).sum();
        Share within = SmallNumbers.share(a.newPlansWithinTwentyWeeks(), a.newPlans(), newPlans.total());
        Share withinExcluding = SmallNumbers.share(a.newPlansWithinTwentyWeeksExcludingExceptions(),
                a.newPlansExcludingExceptions(), plansExcludingExceptions);
        OverdueSteps overdue = report.overdue();
        Late late = new Late(SmallNumbers.share(a.decisionsLate(), a.decisions()),
                SmallNumbers.share(a.newPlansLate(), a.newPlans(), newPlans.total()),
                SmallNumbers.share(a.newPlansLateExcludingExceptions(), a.newPlansExcludingExceptions(),
                        plansExcludingExceptions),
                overdue.asAt(), SmallNumbers.count(overdue.decisionsOverdue()),
                SmallNumbers.share(overdue.finalPlansOverdueWithException(), overdue.finalPlansOverdue()));
        long placed = types.values().stream().mapToLong(Long::longValue).sum();
        Area area = Area.of(active, placed, Math.min(report.activePlans().inArea(), placed), needTable.total());
        return new KpiFigures(requests.total(),
                SmallNumbers.share(a.decisionsWithinSixWeeks(), a.decisions()), newPlans.total(),
                within, withinExcluding, exceptions.part(), List.copyOf(trend), needTable.total(),
                SmallNumbers.share(mainstream, active, needTable.total()), bySettingType, needTable, late, area);
    }
}
