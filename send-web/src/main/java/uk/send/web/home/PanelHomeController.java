package uk.send.web.home;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import uk.send.domain.access.Viewer;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import uk.send.domain.reference.ReferenceStatistics;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.outreach.QuotaPosition;
import uk.send.funding.position.FootprintPosition;
import uk.send.funding.topup.BudgetPosition;
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
    private final CapitalGrants capital;
    private final Outreach outreach;

    PanelHomeController(ReferenceStatistics statistics, TopUpFunding funding, CapitalGrants capital, Outreach outreach) {
        this.statistics = statistics;
        this.funding = funding;
        this.capital = capital;
        this.outreach = outreach;
    }

    @GetMapping("/panel")
    String home(Viewer viewer, @RequestParam(defaultValue = "1") int page, Model model) {
        FinancialYear year = FinancialYear.of(funding.today());
        model.addAttribute("year", year);
        Map<Long, BudgetPosition> capitals = capital.budgets(viewer, year).stream()
                .collect(Collectors.toMap(BudgetPosition::footprintId, Function.identity()));
        Map<Long, QuotaPosition> quotas = outreach.quotas(viewer, year).stream()
                .collect(Collectors.toMap(QuotaPosition::footprintId, Function.identity()));
        List<FootprintPosition> positions = funding.budgets(viewer, year).stream()
                .map(t -> new FootprintPosition(t.footprintId(), t.footprintName(), t, capitals.get(t.footprintId()),
                        quotas.get(t.footprintId()))).toList();
        model.addAttribute("positions", positions);
        model.addAttribute("capitalWaiting", capital.waiting(viewer));
        Page<ApplicationSummary> queue = funding.queue(viewer, PageRequest.of(Paging.index(page), Paging.SIZE));
        model.addAttribute("queue", queue.getContent());
        model.addAttribute("paging", Paging.of(queue, "/panel"));
        model.addAttribute("summaries", statistics.byFootprint(viewer.footprintIds()));
        return "pages/panel/home";
    }
}
