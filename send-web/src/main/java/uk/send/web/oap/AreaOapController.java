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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.commissioning.oap.AcademicYear;
import uk.send.commissioning.oap.AreaOfNeed;
import uk.send.commissioning.oap.FootprintResult;
import uk.send.commissioning.oap.OapResults;
import uk.send.commissioning.oap.SchoolResult;
import uk.send.commissioning.oap.SelfAssessments;
import uk.send.commissioning.oap.Tally;
import uk.send.domain.access.Viewer;
import uk.send.domain.files.Csv;
import uk.send.web.support.Choice;
import uk.send.web.support.Paging;
import uk.send.web.support.ListCsv;

/**
 * The council's view of the schools' self-assessments ({@code /area/oap}): for an academic year, each footprint's
 * schools submitted and not, the answers by area of need with the share met, and the schools paged and filtered (as
 * CSV too), each school's answers on a page of its own. Commissioners see the area, caseworkers their footprints.
 */
@Controller
class AreaOapController {

    /** Which schools to list. */
    enum Submitted {
        SUBMITTED, NOT_SUBMITTED
    }

    private final OapResults results;
    private final SelfAssessments assessments;
    private final MessageSource messages;
    private final ListCsv listCsv;

    AreaOapController(OapResults results, SelfAssessments assessments, MessageSource messages, ListCsv listCsv) {
        this.listCsv = listCsv;
        this.results = results;
        this.assessments = assessments;
        this.messages = messages;
    }

    private AcademicYear year(Integer year) {
        AcademicYear current = assessments.currentYear();
        if (year == null) {
            return current;
        }
        AcademicYear chosen = SchoolOapController.year(year);
        if (chosen.startYear() > current.startYear()) {
            throw new java.util.NoSuchElementException("No results for a year to come");
        }
        return chosen;
    }

    private static Boolean submitted(Submitted status) {
        return status == null ? null : status == Submitted.SUBMITTED;
    }

    @GetMapping("/area/oap")
    String page(Viewer viewer, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long footprint,
                @RequestParam(required = false) Submitted status, @RequestParam(defaultValue = "1") int page, Model model) {
        AcademicYear academicYear = year(year);
        List<FootprintResult> footprints = results.byFootprint(viewer, academicYear);
        Page<SchoolResult> schools = results.bySchool(viewer, academicYear, footprint, submitted(status),
                PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("year", academicYear);
        model.addAttribute("previousYear", academicYear.startYear() > 2000 ? academicYear.startYear() - 1 : null);
        model.addAttribute("nextYear", academicYear.startYear() < assessments.currentYear().startYear()
                ? academicYear.startYear() + 1 : null);
        model.addAttribute("footprints", footprints);
        model.addAttribute("areas", AreaOfNeed.values());
        model.addAttribute("totalSchools", footprints.stream().mapToLong(FootprintResult::schools).sum());
        model.addAttribute("totalSubmitted", footprints.stream().mapToLong(FootprintResult::submitted).sum());
        model.addAttribute("totalTally", footprints.stream().map(FootprintResult::overall).reduce(Tally.NONE, Tally::plus));
        model.addAttribute("schools", schools.getContent());
        model.addAttribute("paging", Paging.of(schools, "/area/oap", "year", academicYear.startYear(), "footprint", footprint,
                "status", status));
        model.addAttribute("footprintChoices", footprints.stream().map(f -> Choice.text(f.footprintId(), f.footprintName())).toList());
        model.addAttribute("statusChoices", Choice.of(Submitted.class, "area.oap.status"));
        model.addAttribute("footprint", footprint);
        model.addAttribute("status", status);
        return "pages/oap/area-oap";
    }

    @GetMapping(value = "/area/oap.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) Integer year, @RequestParam(required = false) Long footprint,
             @RequestParam(required = false) Submitted status, HttpServletResponse response) throws IOException {
        AcademicYear academicYear = year(year);
        Writer out = listCsv.start(viewer, response, "oap-self-assessments", "OAP self-assessments "
                + academicYear.startYear() + (footprint == null ? "" : ", footprint " + footprint)
                + (status == null ? "" : ", " + status), "oap-self-assessments-" + academicYear.startYear() + ".csv");
        out.write(Csv.line(List.of("area.oap.school", "area.oap.footprint", "area.oap.statusColumn", "area.oap.submittedOn",
                "area.oap.met", "area.oap.partlyMet", "area.oap.notMet", "area.oap.percentMet").stream()
                .map(this::message).toArray()));
        int index = 0;
        Page<SchoolResult> page;
        do {
            page = results.bySchool(viewer, academicYear, footprint, submitted(status), PageRequest.of(index++, 500));
            for (SchoolResult s : page.getContent()) {
                out.write(Csv.line(s.settingName(), s.footprintName(), message("area.oap.schoolStatus." + s.status()),
                        s.submittedOn(), s.tally().met(), s.tally().partlyMet(), s.tally().notMet(),
                        s.tally().percentMet()));
            }
        } while (page.hasNext());
        out.flush();
    }

    private String message(String key) {
        return messages.getMessage(key, null, Locale.UK);
    }

    @GetMapping("/area/oap/schools/{settingId}")
    String school(@PathVariable long settingId, @RequestParam(required = false) Integer year, Viewer viewer, Model model) {
        model.addAttribute("assessment", results.school(viewer, settingId, year(year)));
        return "pages/oap/area-oap-school";
    }
}
