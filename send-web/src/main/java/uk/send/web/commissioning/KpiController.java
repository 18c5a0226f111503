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
 * bookmarked): EHC needs assessment timeliness, the monthly trend and active plans by need, footprint and setting
 * type, each figure dated. Aggregates only, through the small-number policy ({@link KpiFigures}): no child is named
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
        model.addAttribute("reviewsAppeals", ReviewAppealFigures.of(kpis.reviewsAndAppeals(shown, footprint)));
        return "pages/commissioner/kpis";
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
        KpiReport report = kpis.report(period == null ? ReportingPeriod.LAST_12_MONTHS : period, footprint);
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
        ReviewAppealFigures ra = ReviewAppealFigures.of(kpis.reviewsAndAppeals(
                period == null ? ReportingPeriod.LAST_12_MONTHS : period, footprint));
        late(csv, messages.getMessage("kpi.reviews.onTime", null, locale), ra.reviewsOnTime(), locale);
        csv.append(Csv.line(messages.getMessage("kpi.appeals.registered", null, locale),
                text.cell(ra.appealsRegistered(), locale), "", ""));
        csv.append(Csv.line(messages.getMessage("kpi.appeals.mediations", null, locale),
                text.cell(ra.mediationsHeld(), locale), "", ""));
        late(csv, messages.getMessage("kpi.appeals.forFamily", null, locale), ra.appealsForFamily(), locale);
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
