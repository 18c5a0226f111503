package uk.send.web.home;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.ReferenceStatistics;
import uk.send.web.support.Paging;

/** The children in a caseworker's footprints, searchable, with counts per footprint. */
@Controller
class CaseworkerHomeController {

    private final ChildDirectory children;
    private final ReferenceData reference;
    private final ReferenceStatistics statistics;
    private final uk.send.web.children.ChildrenListCsv csv;

    CaseworkerHomeController(ChildDirectory children, ReferenceData reference, ReferenceStatistics statistics,
                             uk.send.web.children.ChildrenListCsv csv) {
        this.csv = csv;
        this.children = children;
        this.reference = reference;
        this.statistics = statistics;
    }

    @GetMapping("/caseworker/children")
    String home(Viewer viewer, @RequestParam(required = false) String q,
                @RequestParam(required = false) Long footprint, @RequestParam(defaultValue = "1") int page,
                Model model) {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        Page<ChildSummary> results = children.search(viewer, q, footprintFilter,
                PageRequest.of(Paging.index(page), Paging.SIZE, ChildDirectory.DEFAULT_SORT));
        model.addAttribute("children", results);
        model.addAttribute("paging", Paging.of(results, "/caseworker/children", "q", q, "footprint", footprintFilter));
        model.addAttribute("q", q);
        model.addAttribute("footprint", footprintFilter);
        model.addAttribute("footprints", reference.footprints().stream()
                .filter(f -> viewer.footprintIds().contains(f.id())).toList());
        model.addAttribute("summaries", statistics.byFootprint(viewer.footprintIds()));
        return "pages/caseworker/children";
    }

    /** The same list, searched and filtered as the screen is, as CSV with the screen's labels; audited. */
    @GetMapping(value = "/caseworker/children.csv", produces = "text/csv")
    void csv(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(required = false) Long footprint,
             jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        Long footprintFilter = footprint != null && viewer.footprintIds().contains(footprint) ? footprint : null;
        csv.write(viewer, q, footprintFilter, response);
    }
}
