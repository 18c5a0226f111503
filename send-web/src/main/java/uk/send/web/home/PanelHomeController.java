package uk.send.web.home;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceStatistics;
import uk.send.funding.topup.ApplicationSummary;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.TopUpFunding;
import uk.send.web.support.Paging;

/**
 * A funding panel member's home: their footprint's top-up budget this financial year (budget, committed, spent,
 * remaining), the applications awaiting a decision (oldest first), and links to awards ending soon, past decisions
 * and the footprint's figures.
 */
@Controller
class PanelHomeController {

    private final ReferenceStatistics statistics;
    private final TopUpFunding funding;

    PanelHomeController(ReferenceStatistics statistics, TopUpFunding funding) {
        this.statistics = statistics;
        this.funding = funding;
    }

    @GetMapping("/panel")
    String home(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        FinancialYear year = FinancialYear.of(funding.today());
        model.addAttribute("year", year);
        model.addAttribute("budgets", funding.budgets(viewer, year));
        Page<ApplicationSummary> queue = funding.queue(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("queue", queue.getContent());
        model.addAttribute("paging", Paging.of(queue, "/panel"));
        model.addAttribute("summaries", statistics.byFootprint(viewer.footprintIds()));
        return "pages/panel/home";
    }
}
