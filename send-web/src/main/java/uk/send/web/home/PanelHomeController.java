package uk.send.web.home;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import uk.send.web.funding.FundingCharts;
import uk.send.web.support.Paging;

/**
 * A funding panel member's home: their footprint's position this financial year as two charts, each with the table
 * of its figures (top-up and capital budgets: budget, committed, spent, remaining; outreach sessions: quota, accepted
 * to deliver, delivered, remaining), the
 * top-up and capital applications awaiting a decision (oldest first), and links to awards ending soon, past
 * decisions and the footprint's figures.
 */
@Controller
class PanelHomeController {

    private final ReferenceStatistics statistics;
    private final TopUpFunding funding;
    private final FootprintFunding footprints;
    private final MessageSource messages;

    PanelHomeController(ReferenceStatistics statistics, TopUpFunding funding, FootprintFunding footprints,
                        MessageSource messages) {
        this.statistics = statistics;
        this.funding = funding;
        this.footprints = footprints;
        this.messages = messages;
    }

    @GetMapping("/panel")
    String home(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        FinancialYear year = FinancialYear.of(funding.today());
        model.addAttribute("year", year);
        FootprintFunding.PanelView position = footprints.forPanel(viewer, year);
        model.addAttribute("footprintCharts", FundingCharts.forPanel(position.positions(),
                key -> messages.getMessage(key, null, LocaleContextHolder.getLocale())));
        model.addAttribute("capitalWaiting", position.capitalWaiting());
        Page<ApplicationSummary> queue = funding.queue(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("queue", queue.getContent());
        model.addAttribute("paging", Paging.of(queue, "/panel"));
        model.addAttribute("summaries", statistics.byFootprint(viewer.footprintIds()));
        return "pages/panel/home";
    }
}
