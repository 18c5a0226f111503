package uk.send.web.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import uk.send.domain.reference.FootprintSummary;
import uk.send.domain.reference.ReferenceStatistics;

/** A commissioner's home: the local area in aggregate, dated, by footprint, setting type and need, with links to the KPIs and returns. */
@Controller
class CommissionerHomeController {

    private final ReferenceStatistics statistics;
    private final Clock clock;

    CommissionerHomeController(ReferenceStatistics statistics, Clock clock) {
        this.statistics = statistics;
        this.clock = clock;
    }

    @GetMapping("/commissioner")
    String home(Model model) {
        List<FootprintSummary> footprints = statistics.byFootprint();
        model.addAttribute("today", LocalDate.now(clock));
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
