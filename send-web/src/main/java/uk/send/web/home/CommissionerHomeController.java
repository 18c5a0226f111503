package uk.send.web.home;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.domain.reference.FootprintSummary;
import uk.send.domain.reference.ReferenceStatistics;

/** A commissioner's home: the local area in aggregate, by footprint, setting type and need. */
@Controller
class CommissionerHomeController {

    private final ReferenceStatistics statistics;

    CommissionerHomeController(ReferenceStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/commissioner")
    String home(Model model) {
        List<FootprintSummary> footprints = statistics.byFootprint();
        model.addAttribute("footprints", footprints);
        model.addAttribute("totals", new FootprintSummary(0, "", "",
                footprints.stream().mapToLong(FootprintSummary::settings).sum(),
                footprints.stream().mapToLong(FootprintSummary::children).sum(),
                footprints.stream().mapToLong(FootprintSummary::senSupport).sum(),
                footprints.stream().mapToLong(FootprintSummary::ehcPlans).sum()));
        model.addAttribute("settingTypes", statistics.settingsByType());
        model.addAttribute("needs", statistics.childrenByPrimaryNeed());
        return "pages/commissioner/home";
    }
}
