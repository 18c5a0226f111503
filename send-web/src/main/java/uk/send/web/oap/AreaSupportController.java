package uk.send.web.oap;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;
import uk.send.domain.reference.NeedCode;
import uk.send.pathway.statistics.SupportAcrossArea;
import uk.send.pathway.statistics.SupportStatistics;
import uk.send.web.support.Choice;
import uk.send.web.support.Paging;
import uk.send.web.support.ListCsv;

/**
 * SEN Support across the area ({@code /area/sen-support}), the graduated response in figures: by footprint, need and
 * school, filtered by footprint and need, the schools paged, all as CSV. A caseworker sees the schools of their
 * footprints; a commissioner the whole area in aggregate, with counts under 5 shown as "fewer than 5".
 */
@Controller
class AreaSupportController {

    /** A line of a table: what it counts, and the counts as the viewer may see them. */
    record Line(String label, String detail, SmallCounts counts) {
    }

    private final SupportStatistics statistics;
    private final MessageSource messages;
    private final ListCsv listCsv;

    AreaSupportController(SupportStatistics statistics, MessageSource messages, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.statistics = statistics;
        this.messages = messages;
    }

    @GetMapping("/area/sen-support")
    String page(Viewer viewer, @RequestParam(required = false) Long footprint, @RequestParam(required = false) NeedCode need,
                @RequestParam(defaultValue = "1") int page, Model model) {
        boolean suppress = viewer.role() == Role.COMMISSIONER;
        SupportAcrossArea area = statistics.acrossArea(viewer, need);
        Page<SupportAcrossArea.School> schools = statistics.bySchool(viewer, footprint, need,
                PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("area", area);
        model.addAttribute("suppress", suppress);
        model.addAttribute("footprints", area.footprints().stream()
                .map(f -> new Line(f.name(), null, SmallCounts.of(f.figures(), suppress))).toList());
        model.addAttribute("needs", area.needs().stream()
                .map(n -> new Line(n.need().name(), null, SmallCounts.of(n.figures(), suppress))).toList());
        model.addAttribute("total", SmallCounts.of(area.total(), suppress));
        // by tier only while the council uses tiers of support (ADR 6): the name, or null for "no tier"
        model.addAttribute("tiers", area.tiers().stream()
                .map(t -> new Line(t.name(), null, SmallCounts.of(t.figures(), suppress))).toList());
        model.addAttribute("schools", schools.getContent().stream()
                .map(s -> new Line(s.name(), s.footprintName(), SmallCounts.of(s.figures(), suppress))).toList());
        model.addAttribute("paging", Paging.of(schools, "/area/sen-support", "footprint", footprint, "need", need));
        model.addAttribute("footprintChoices", area.footprints().stream()
                .map(f -> Choice.text(f.footprintId(), f.name())).toList());
        model.addAttribute("needChoices", Choice.of(NeedCode.class, "need"));
        model.addAttribute("footprint", footprint);
        model.addAttribute("need", need);
        return "pages/oap/area-support";
    }

    @GetMapping(value = "/area/sen-support.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) Long footprint, @RequestParam(required = false) NeedCode need,
             HttpServletResponse response) throws IOException {
        boolean suppress = viewer.role() == Role.COMMISSIONER;
        Writer out = listCsv.start(viewer, response, "sen-support", "SEN Support by school"
                + (footprint == null ? "" : ", footprint " + footprint) + (need == null ? "" : ", need " + need));
        out.write(Csv.line(List.of("area.support.school", "area.support.footprint", "area.support.pupils",
                "area.support.reviewed", "area.support.percentReviewed", "area.support.requests",
                "area.support.afterCycle", "area.support.percentAfterCycle").stream().map(this::message).toArray()));
        int index = 0;
        Page<SupportAcrossArea.School> page;
        do {
            page = statistics.bySchool(viewer, footprint, need, PageRequest.of(index++, 500));
            for (SupportAcrossArea.School school : page.getContent()) {
                SmallCounts c = SmallCounts.of(school.figures(), suppress);
                out.write(Csv.line(school.name(), school.footprintName(), count(c.pupils()), count(c.reviewed()),
                        percent(c.percentReviewed(), c.percentReviewedHidden()), count(c.requests()),
                        count(c.requestsAfterCycle()), percent(c.percentAfterCycle(), c.percentAfterCycleHidden())));
            }
        } while (page.hasNext());
        out.flush();
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    private Object count(Long value) {
        return value == null ? message("area.fewerThanFive") : value;
    }

    private Object percent(Double value, boolean hidden) {
        return hidden ? message("area.percentHidden") : value == null ? "" : value;
    }
}
