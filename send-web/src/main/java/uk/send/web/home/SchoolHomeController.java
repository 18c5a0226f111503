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

/** A SENCO's home: their setting and the children on roll there with their SEN provision. */
@Controller
class SchoolHomeController {

    private final ChildDirectory children;
    private final ReferenceData reference;
    private final ReferenceStatistics statistics;

    SchoolHomeController(ChildDirectory children, ReferenceData reference, ReferenceStatistics statistics) {
        this.children = children;
        this.reference = reference;
        this.statistics = statistics;
    }

    @GetMapping("/school")
    String home(Viewer viewer, @RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                Model model) {
        Page<ChildSummary> results = children.search(viewer, q, null,
                PageRequest.of(Paging.index(page), Paging.SIZE, ChildDirectory.DEFAULT_SORT));
        model.addAttribute("setting", reference.settingView(viewer.settingId()));
        model.addAttribute("provision", statistics.provisionAtSetting(viewer.settingId()));
        model.addAttribute("children", results);
        model.addAttribute("paging", Paging.of(results, "/school", "q", q));
        model.addAttribute("q", q);
        return "pages/school/home";
    }
}
