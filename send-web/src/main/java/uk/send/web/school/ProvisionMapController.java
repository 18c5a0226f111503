package uk.send.web.school;

import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.support.ProvisionMap;
import uk.send.pathway.support.SchoolTerm;
import uk.send.pathway.support.SupportDashboard;
import uk.send.web.charts.Chart;
import uk.send.web.support.Choice;
import uk.send.web.support.ListCsv;

/**
 * The school's costed provision map ({@code /school/provision-map?term=autumn-2026}): hours and cost of the provision
 * in its pupils' support plans, by type of provision and by primary need, for one term, with totals, a chart of the
 * cost by type with its table, and the same figures as CSV (audited). The term is in the address; without one, the
 * term today falls in. The sums and the rules they follow are {@link ProvisionMap}'s.
 */
@Controller
class ProvisionMapController {

    /** How many academic years back the term picker offers (the current one and the two before it). */
    static final int YEARS_OFFERED = 3;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final SupportDashboard dashboard;
    private final ReferenceData reference;
    private final ListCsv csv;
    private final MessageSource messages;

    ProvisionMapController(SupportDashboard dashboard, ReferenceData reference, ListCsv csv, MessageSource messages) {
        this.dashboard = dashboard;
        this.reference = reference;
        this.csv = csv;
        this.messages = messages;
    }

    @GetMapping("/school/provision-map")
    String map(Viewer viewer, @RequestParam(required = false) String term, Model model) {
        SchoolTerm chosen = term(term);
        ProvisionMap map = dashboard.provisionMap(viewer, chosen);
        model.addAttribute("map", map);
        model.addAttribute("tables", List.of(
                new MapTable("by-type", "provisionMap.byType", "support.provision.type", typeLines(map)),
                new MapTable("by-need", "provisionMap.byNeed", "support.primaryNeed", needLines(map))));
        model.addAttribute("termName", termName(chosen));
        model.addAttribute("term", chosen.slug());
        model.addAttribute("terms", offered(chosen));
        model.addAttribute("costChart", costChart(map));
        model.addAttribute("setting", reference.settingView(viewer.settingId()));
        return "pages/school/provision-map";
    }

    @GetMapping(value = "/school/provision-map.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) String term, HttpServletResponse response) throws IOException {
        SchoolTerm chosen = term(term);
        ProvisionMap map = dashboard.provisionMap(viewer, chosen);
        List<List<?>> rows = new ArrayList<>();
        String termName = termName(chosen);
        for (Line line : typeLines(map)) {
            rows.add(row(termName, csv.label("provisionMap.byType"), line));
        }
        for (Line line : needLines(map)) {
            rows.add(row(termName, csv.label("provisionMap.byNeed"), line));
        }
        String total = csv.label("provisionMap.total");
        rows.add(row(termName, total, new Line(total, map.total())));
        csv.<List<?>>write(viewer, response, "provision-map-" + chosen.slug(), "costed provision map, " + chosen.slug(),
                ListCsv.columns("provisionMap.term", "provisionMap.grouping", "provisionMap.group", "provisionMap.pupils",
                        "provisionMap.hours", "provisionMap.cost"),
                page -> new PageImpl<>(rows, page, rows.size()), r -> r);
    }

    private static List<?> row(String term, String grouping, Line line) {
        ProvisionMap.Row<?> r = line.row();
        return Arrays.asList(term, grouping, line.label(), r.pupils(), r.hours(), r.cost().format());
    }

    /** One of the page's two tables: its id, the keys of its caption and first column, and its rows. */
    record MapTable(String id, String caption, String heading, List<Line> lines) {
    }

    /** A row of the map with its label as the screen shows it. */
    record Line(String label, ProvisionMap.Row<?> row) {
    }

    private List<Line> typeLines(ProvisionMap map) {
        return map.byType().stream().map(r -> new Line(r.key() == null ? csv.label("provisionMap.typeNotRecorded")
                : csv.label("support.provisionType.", r.key()), r)).toList();
    }

    private List<Line> needLines(ProvisionMap map) {
        return map.byNeed().stream().map(r -> new Line(r.key() == null ? csv.label("common.none")
                : csv.label("need.", r.key()), r)).toList();
    }

    /** The term the address names, or the one today falls in; anything else is a bad request. */
    private SchoolTerm term(String slug) {
        if (slug == null || slug.isBlank()) {
            return dashboard.currentTerm();
        }
        return SchoolTerm.parse(slug).orElseThrow(() -> new TypeMismatchException(slug, SchoolTerm.class));
    }

    /** "Autumn 2026 (1 September to 31 December 2026)". */
    private String termName(SchoolTerm term) {
        return messages.getMessage("provisionMap.termName." + term.season().name(), new Object[] {
                String.valueOf(term.year()), DAY.format(term.startsOn()), DAY.format(term.endsOn())}, Locale.UK);
    }

    /** The terms of this academic year and the ones before it, newest first, and the chosen one if further back. */
    private List<Choice> offered(SchoolTerm chosen) {
        SchoolTerm current = dashboard.currentTerm();
        SchoolTerm t = SchoolTerm.of(SchoolTerm.Season.SUMMER, current.academicYearStart() + 1);
        List<Choice> choices = new ArrayList<>();
        boolean chosenOffered = false;
        for (int i = 0; i < 3 * YEARS_OFFERED; i++) {
            choices.add(Choice.text(t.slug(), termName(t)));
            chosenOffered |= t.equals(chosen);
            t = t.previous();
        }
        if (!chosenOffered) {
            choices.add(Choice.text(chosen.slug(), termName(chosen)));
        }
        return choices;
    }

    /** The cost by type of provision, in pounds. */
    private Chart costChart(ProvisionMap map) {
        List<String> labels = typeLines(map).stream().map(Line::label).toList();
        return new Chart("bar", labels, List.of(new Chart.Series(csv.label("provisionMap.cost"),
                map.byType().stream().map(r -> r.cost().toBigDecimal()).toList(),
                map.byType().stream().map(r -> r.cost().format()).toList())));
    }
}
