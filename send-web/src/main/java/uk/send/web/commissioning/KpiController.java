package uk.send.web.commissioning;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.commissioning.disclosure.Figure;
import uk.send.domain.files.Csv;
import uk.send.commissioning.kpi.KpiReport;
import uk.send.commissioning.kpi.Kpis;
import uk.send.commissioning.kpi.ReportingPeriod;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.web.charts.Chart;
import uk.send.web.support.Choice;
import uk.send.domain.access.Viewer;
import uk.send.web.support.Downloads;

/**
 * The commissioner's KPIs for a period and a footprint (both in the address, so a page can be shared and
 * bookmarked): EHC needs assessment timeliness, the monthly trend, active plans by need, footprint and setting type,
 * educated in the area, annual reviews and appeals, requests, assessments and plans by phase, need and setting type,
 * and SEN Support reviewed in the last term, each figure dated and each chart with its table. Aggregates only, through the small-number policy ({@link KpiFigures}): no child is named
 * or counted apart, on the page or in the CSV file.
 */
@Controller
class KpiController {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final Kpis kpis;
    private final ReferenceData reference;
    private final MessageSource messages;
    private final FigureText text;
    private final Downloads downloads;

    KpiController(Kpis kpis, ReferenceData reference, MessageSource messages, FigureText text, Downloads downloads) {
        this.downloads = downloads;
        this.kpis = kpis;
        this.reference = reference;
        this.messages = messages;
        this.text = text;
    }

    @GetMapping("/commissioner/kpis")
    String kpis(@RequestParam(required = false) ReportingPeriod period, @RequestParam(required = false) Long footprint,
                Model model) {
        List<FootprintView> footprints = reference.footprints();
        FootprintView chosen = chosen(footprints, footprint);
        ReportingPeriod shown = period == null ? ReportingPeriod.LAST_12_MONTHS : period;
        KpiReport report = kpis.report(shown, footprint);
        model.addAttribute("report", report);
        model.addAttribute("footprint", chosen);
        model.addAttribute("footprints", footprints);
        model.addAttribute("footprintChoices", footprints.stream().map(f -> Choice.text(f.id(), f.name())).toList());
        model.addAttribute("periodChoices", Choice.of(ReportingPeriod.class, "kpi.period"));
        KpiFigures kpi = KpiFigures.of(report, chosen == null ? footprints : List.of(chosen));
        model.addAttribute("kpi", kpi);
        model.addAttribute("trendChart", trendChart(kpi));
        ReviewAppealFigures reviewsAppeals = ReviewAppealFigures.of(kpis.reviewsAndAppeals(shown, footprint));
        model.addAttribute("reviewsAppeals", reviewsAppeals);
        model.addAttribute("reviewsChart", reviewsChart(reviewsAppeals));
        model.addAttribute("areaChart", areaChart(kpi.area()));
        BreakdownFigures breakdown = BreakdownFigures.of(kpis.breakdown(shown, footprint));
        model.addAttribute("breakdownCharts", breakdownCharts(breakdown));
        SupportReviewFigures support = SupportReviewFigures.of(kpis.senSupportReviewed(footprint));
        model.addAttribute("support", support);
        model.addAttribute("supportChart", supportChart(support));
        return "pages/commissioner/kpis";
    }

    /** A chart a way of counting, each with its id and title: requests, assessments, new and active plans. */
    record BreakdownChart(String id, String titleKey, Chart chart) {
    }

    private List<BreakdownChart> breakdownCharts(BreakdownFigures breakdown) {
        Locale locale = LocaleContextHolder.getLocale();
        List<BreakdownChart> charts = new java.util.ArrayList<>();
        for (BreakdownFigures.Table table : breakdown.tables()) {
            List<String> labels = new java.util.ArrayList<>(table.rows().stream()
                    .map(r -> messages.getMessage(r.labelKey(), null, locale)).toList());
            labels.add(messages.getMessage("stats.total", null, locale));
            List<Chart.Series> series = new java.util.ArrayList<>();
            int column = 0;
            for (String key : BreakdownFigures.measureKeys().values()) {
                int c = column++;
                List<Figure> figures = table.rows().stream().map(r -> r.cells().get(c)).toList();
                List<Long> values = new java.util.ArrayList<>(figures.stream().map(Figure::value).toList());
                values.add(null); // the total row is in the table, not drawn
                List<String> texts = new java.util.ArrayList<>(figures.stream().map(f -> text.text(f, locale)).toList());
                texts.add(text.text(table.totals().get(c), locale));
                series.add(new Chart.Series(messages.getMessage(key, null, locale), values, texts));
            }
            String id = "by-" + table.dimension().name().toLowerCase(Locale.ROOT).replace('_', '-');
            charts.add(new BreakdownChart(id, "kpi.breakdown." + table.dimension().name(),
                    new Chart("bar", labels, series)));
        }
        return List.copyOf(charts);
    }

    /** Annual reviews held and on time, appeals registered, mediations, appeals decided and for the family. */
    private Chart reviewsChart(ReviewAppealFigures ra) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> labels = List.of("kpi.reviews.held", "kpi.reviews.onTime", "kpi.appeals.registered",
                "kpi.appeals.mediations", "kpi.appeals.decided", "kpi.appeals.forFamily").stream()
                .map(k -> messages.getMessage(k, null, locale)).toList();
        List<Figure> figures = List.of(ra.reviewsOnTime().whole(), ra.reviewsOnTime().part(), ra.appealsRegistered(),
                ra.mediationsHeld(), ra.appealsForFamily().whole(), ra.appealsForFamily().part());
        List<String> texts = new java.util.ArrayList<>(figures.stream().map(f -> text.text(f, locale)).toList());
        texts.set(1, text.text(ra.reviewsOnTime().part(), locale) + " (" + text.rate(ra.reviewsOnTime().rate(), locale) + ")");
        texts.set(5, text.text(ra.appealsForFamily().part(), locale) + " (" + text.rate(ra.appealsForFamily().rate(), locale) + ")");
        return new Chart("bar", labels, List.of(new Chart.Series(messages.getMessage("stats.count", null, locale),
                figures.stream().map(Figure::value).toList(), texts)));
    }

    /** Active plans naming a setting in the council's area and beyond it. */
    private Chart areaChart(KpiFigures.Area area) {
        Locale locale = LocaleContextHolder.getLocale();
        return new Chart("bar", List.of(messages.getMessage("kpi.area.in", null, locale),
                messages.getMessage("kpi.area.out", null, locale), messages.getMessage("kpi.area.placed", null, locale)),
                List.of(series(messages.getMessage("kpi.area.plans", null, locale),
                        java.util.Arrays.asList(area.inArea(), area.outOfArea(), area.withPlacement().part()), locale)));
    }

    /** Pupils at SEN Support and those reviewed in the last term, by footprint, with the total in the table only. */
    private Chart supportChart(SupportReviewFigures support) {
        Locale locale = LocaleContextHolder.getLocale();
        List<String> labels = new java.util.ArrayList<>(support.rows().stream().map(SupportReviewFigures.Row::name).toList());
        labels.add(messages.getMessage("stats.total", null, locale));
        List<SupportReviewFigures.Row> rows = new java.util.ArrayList<>(support.rows());
        rows.add(support.total());
        List<Long> pupils = new java.util.ArrayList<>();
        List<Long> reviewed = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            boolean drawn = i < support.rows().size();
            pupils.add(drawn ? rows.get(i).pupils().value() : null);
            reviewed.add(drawn ? rows.get(i).reviewed().value() : null);
        }
        return new Chart("bar", labels, List.of(
                new Chart.Series(messages.getMessage("kpi.support.pupils", null, locale), pupils,
                        rows.stream().map(r -> text.text(r.pupils(), locale)).toList()),
                new Chart.Series(messages.getMessage("kpi.support.reviewed", null, locale), reviewed,
                        rows.stream().map(r -> text.text(r.reviewed(), locale) + " (" + text.rate(r.rate(), locale) + ")").toList())));
    }

    /** Requests and new plans by month as bars: a figure not shown is not drawn, and the table says why. */
    private Chart trendChart(KpiFigures kpi) {
        Locale locale = LocaleContextHolder.getLocale();
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
        List<String> labels = kpi.months().stream().map(m -> month.format(m.month())).toList();
        return new Chart("bar", labels, List.of(
                series(messages.getMessage("kpi.requests", null, locale), kpi.months().stream().map(KpiFigures.Month::requests).toList(), locale),
                series(messages.getMessage("kpi.newPlans", null, locale), kpi.months().stream().map(KpiFigures.Month::newPlans).toList(), locale)));
    }

    private Chart.Series series(String name, List<Figure> figures, Locale locale) {
        return new Chart.Series(name, figures.stream().map(Figure::value).toList(),
                figures.stream().map(f -> text.text(f, locale)).toList());
    }

    /** The monthly trend as CSV, with a total line, for the same period and footprint. */
    @GetMapping(value = "/commissioner/kpis.csv", produces = "text/csv")
    ResponseEntity<String> csv(@RequestParam(required = false) ReportingPeriod period,
                               @RequestParam(required = false) Long footprint, Viewer viewer, Locale locale) {
        chosen(reference.footprints(), footprint);
        ReportingPeriod shown = period == null ? ReportingPeriod.LAST_12_MONTHS : period;
        KpiReport report = kpis.report(shown, footprint);
        downloads.list(viewer, "kpis", "KPIs " + report.from() + " to " + report.to()
                + (footprint == null ? "" : ", footprint " + footprint));
        StringBuilder csv = new StringBuilder(Csv.line(
                messages.getMessage("kpi.csv.month", null, locale),
                messages.getMessage("kpi.requests", null, locale),
                messages.getMessage("kpi.newPlans", null, locale),
                messages.getMessage("kpi.within20", null, locale),
                messages.getMessage("kpi.within20Percent", null, locale),
                messages.getMessage("kpi.plansExcludingExceptions", null, locale),
                messages.getMessage("kpi.within20Excluding", null, locale),
                messages.getMessage("kpi.within20ExcludingPercent", null, locale)));
        KpiFigures kpi = KpiFigures.of(report, footprint == null ? reference.footprints() : List.of(chosen(reference.footprints(), footprint)));
        for (KpiFigures.Month m : kpi.months()) {
            csv.append(Csv.line(MONTH.format(m.month()), text.cell(m.requests(), locale), text.cell(m.newPlans(), locale),
                    text.cell(m.withinTwentyWeeks().part(), locale), text.rateCell(m.withinTwentyWeeks().rate(), locale),
                    text.cell(m.withinTwentyWeeksExcludingExceptions().whole(), locale),
                    text.cell(m.withinTwentyWeeksExcludingExceptions().part(), locale),
                    text.rateCell(m.withinTwentyWeeksExcludingExceptions().rate(), locale)));
        }
        csv.append(Csv.line(messages.getMessage("stats.total", null, locale), text.cell(kpi.requests(), locale),
                text.cell(kpi.newPlans(), locale), text.cell(kpi.withinTwentyWeeks().part(), locale),
                text.rateCell(kpi.withinTwentyWeeks().rate(), locale),
                text.cell(kpi.withinTwentyWeeksExcludingExceptions().whole(), locale),
                text.cell(kpi.withinTwentyWeeksExcludingExceptions().part(), locale),
                text.rateCell(kpi.withinTwentyWeeksExcludingExceptions().rate(), locale)));
        // the late steps the page shows, after the monthly table: a measure, its count and the whole it is part of
        KpiFigures.Late late = kpi.late();
        csv.append(Csv.line(messages.getMessage("kpi.late", null, locale), messages.getMessage("kpi.csv.count", null, locale),
                messages.getMessage("kpi.csv.of", null, locale), messages.getMessage("kpi.csv.percent", null, locale)));
        late(csv, messages.getMessage("kpi.late.decisions", null, locale), late.decisions(), locale);
        late(csv, messages.getMessage("kpi.late.plans", null, locale), late.newPlans(), locale);
        late(csv, messages.getMessage("kpi.late.plansExcluding", null, locale), late.newPlansExcludingExceptions(), locale);
        csv.append(Csv.line(messages.getMessage("kpi.overdue", new Object[] {late.asAt()}, locale), "", "", ""));
        csv.append(Csv.line(messages.getMessage("kpi.overdue.decisions", null, locale),
                text.cell(late.decisionsOverdue(), locale), "", ""));
        csv.append(Csv.line(messages.getMessage("kpi.overdue.plans", null, locale),
                text.cell(late.finalPlansOverdueWithException().whole(), locale), "", ""));
        late(csv, messages.getMessage("kpi.overdue.plansWithException", null, locale),
                late.finalPlansOverdueWithException(), locale);
        // annual reviews and appeals over the same period, as the page shows them
        ReviewAppealFigures ra = ReviewAppealFigures.of(kpis.reviewsAndAppeals(shown, footprint));
        late(csv, messages.getMessage("kpi.reviews.onTime", null, locale), ra.reviewsOnTime(), locale);
        csv.append(Csv.line(messages.getMessage("kpi.appeals.registered", null, locale),
                text.cell(ra.appealsRegistered(), locale), "", ""));
        csv.append(Csv.line(messages.getMessage("kpi.appeals.mediations", null, locale),
                text.cell(ra.mediationsHeld(), locale), "", ""));
        late(csv, messages.getMessage("kpi.appeals.forFamily", null, locale), ra.appealsForFamily(), locale);
        // educated in the area, of the active plans naming a setting; each of those of all active plans
        KpiFigures.Area area = kpi.area();
        late(csv, messages.getMessage("kpi.area.placed", null, locale), area.withPlacement(), locale);
        late(csv, messages.getMessage("kpi.area.in", null, locale), area.inAreaShare(), locale);
        csv.append(Csv.line(messages.getMessage("kpi.area.out", null, locale), text.cell(area.outOfArea(), locale),
                text.cell(area.withPlacement().part(), locale), ""));
        // requests, assessments, new plans and active plans by phase, need and setting type
        BreakdownFigures breakdown = BreakdownFigures.of(kpis.breakdown(shown, footprint));
        for (BreakdownFigures.Table table : breakdown.tables()) {
            List<Object> heading = new java.util.ArrayList<>();
            heading.add(messages.getMessage("kpi.breakdown." + table.dimension().name(), null, locale));
            BreakdownFigures.measureKeys().values().forEach(k -> heading.add(messages.getMessage(k, null, locale)));
            csv.append(Csv.line(heading.toArray()));
            for (BreakdownFigures.Row row : table.rows()) {
                List<Object> cells = new java.util.ArrayList<>();
                cells.add(messages.getMessage(row.labelKey(), null, locale));
                row.cells().forEach(f -> cells.add(text.cell(f, locale)));
                csv.append(Csv.line(cells.toArray()));
            }
            List<Object> totals = new java.util.ArrayList<>();
            totals.add(messages.getMessage("stats.total", null, locale));
            table.totals().forEach(f -> totals.add(text.cell(f, locale)));
            csv.append(Csv.line(totals.toArray()));
        }
        // SEN Support reviewed in the last term, as at today, by the footprint of the pupil's school
        SupportReviewFigures support = SupportReviewFigures.of(kpis.senSupportReviewed(footprint));
        csv.append(Csv.line(messages.getMessage("kpi.support.csv", new Object[] {support.reviewedAfter(), support.asAt()}, locale),
                messages.getMessage("kpi.support.pupils", null, locale),
                messages.getMessage("kpi.support.reviewed", null, locale), messages.getMessage("kpi.csv.percent", null, locale)));
        List<SupportReviewFigures.Row> rows = new java.util.ArrayList<>(support.rows());
        rows.add(support.total());
        for (SupportReviewFigures.Row row : rows) {
            csv.append(Csv.line(row.name() == null ? messages.getMessage("stats.total", null, locale) : row.name(),
                    text.cell(row.pupils(), locale), text.cell(row.reviewed(), locale), text.rateCell(row.rate(), locale)));
        }
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kpis-" + report.from() + "-to-"
                        + report.to() + (footprint == null ? "" : "-footprint-" + footprint) + ".csv\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(csv.toString());
    }

    private void late(StringBuilder csv, String label, uk.send.commissioning.disclosure.SmallNumbers.Share share,
                      Locale locale) {
        csv.append(Csv.line(label, text.cell(share.part(), locale), text.cell(share.whole(), locale),
                text.rateCell(share.rate(), locale)));
    }

    /** The footprint asked for, or null for the whole area; an unknown one is a page not found. */
    private static FootprintView chosen(List<FootprintView> footprints, Long footprint) {
        if (footprint == null) {
            return null;
        }
        return footprints.stream().filter(f -> f.id() == footprint).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such footprint"));
    }
}
