package uk.send.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.ReferenceStatistics;

/** A funding panel member's home: their footprint, its settings and its children at SEN Support. */
@Controller
class PanelHomeController {

    private final ReferenceData reference;
    private final ReferenceStatistics statistics;

    PanelHomeController(ReferenceData reference, ReferenceStatistics statistics) {
        this.reference = reference;
        this.statistics = statistics;
    }

    @GetMapping("/panel")
    String home(Viewer viewer, Model model) {
        model.addAttribute("summaries", statistics.byFootprint(viewer.footprintIds()));
        model.addAttribute("settings", reference.settingsIn(viewer.footprintIds()));
        return "pages/panel/home";
    }
}
