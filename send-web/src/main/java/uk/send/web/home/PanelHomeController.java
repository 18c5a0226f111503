package uk.send.web.home;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import uk.send.domain.reference.ReferenceStatistics;
import uk.send.funding.position.FootprintFunding;
import uk.send.funding.topup.ApplicationSummary;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.TopUpFunding;
import uk.send.web.support.Paging;

/**
 * A funding panel member's home: their footprint's position this financial year in one table (top-up and capital
 * budgets: budget, committed, spent, remaining; outreach sessions: quota, committed, delivered, remaining), the
 * top-up and capital applications awaiting a decision (oldest first), and links to awards ending soon, past
 * decisions and the footprint's figures.
 */
@Controller
class PanelHomeController {

    private final ReferenceStatistics statistics;
    private final TopUpFunding funding;
    private final FootprintFunding footprints;

    PanelHomeController(ReferenceStatistics statistics, TopUpFunding funding, FootprintFunding footprints) {
        this.statistics = statistics;
        this.funding = funding;
        this.footprints = footprints;
    }

    @GetMapping("/panel")
    String home(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        FinancialYear year = FinancialYear.of(funding.today());
        model.addAttribute("year", year);
        FootprintFunding.PanelView position = footprints.forPanel(viewer, year);
        model.addAttribute("positions", position.positions());
        model.addAttribute("capitalWaiting", position.capitalWaiting());
        Page<ApplicationSummary> queue = funding.queue(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("queue", queue.getContent());
        model.addAttribute("paging", Paging.of(queue, "/panel"));
        model.addAttribute("summaries", statistics.byFootprint(viewer.footprintIds()));
        return "pages/panel/home";
    }
}
