package uk.send.funding.topup;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.children.ChildDirectory;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.PupilSupport;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;

/**
 * Demo top-up funding (after the demo SEN Support): four bands, a top-up budget for every footprint last year, this
 * year and next, and at the demo SENCO's school reviews that decided to apply, with applications in every state —
 * waiting for the panel (oldest first), approved (the demo parent's child, so the family sees the decision; and one
 * award ending within weeks, for the panel's review), declined with reasons, and deferred for more information.
 * Built through the facades, as the people would; synthetic; loads once, only with {@code send.demo-data=true}.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty("send.demo-data")
class FundingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FundingDemoData.class);
    private static final long BUDGET_PENCE = 25_000_000L; // £250,000 a footprint a year

    private final BandRepository bands;
    private final FundingSettings settings;
    private final TopUpFunding funding;
    private final SupportPlans support;
    private final DemoRoster roster;
    private final AccountService accounts;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final Clock clock;

    FundingDemoData(BandRepository bands, FundingSettings settings, TopUpFunding funding, SupportPlans support,
                    DemoRoster roster, AccountService accounts, ChildDirectory children, ReferenceData reference,
                    Clock clock) {
        this.bands = bands;
        this.settings = settings;
        this.funding = funding;
        this.support = support;
        this.roster = roster;
        this.accounts = accounts;
        this.children = children;
        this.reference = reference;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (bands.count() > 0) {
            log.info("Demo funding already present; nothing loaded");
            return;
        }
        Viewer commissioner = viewer(DemoAccounts.COMMISSIONER);
        Viewer senco = viewer(DemoAccounts.SENCO);
        Viewer panel = viewer(DemoAccounts.PANEL);
        if (commissioner == null || senco == null || panel == null) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        long a = settings.addBand(commissioner, "Band A", "Up to 5 hours a week of additional adult support", 300_000);
        long b = settings.addBand(commissioner, "Band B", "5 to 10 hours a week of additional adult support", 600_000);
        long c = settings.addBand(commissioner, "Band C", "10 to 15 hours a week, or specialist input", 900_000);
        settings.addBand(commissioner, "Band D", "More than 15 hours a week and specialist input", 1_200_000);
        FinancialYear year = FinancialYear.of(today);
        for (FootprintView f : reference.footprints()) {
            for (FinancialYear y : List.of(new FinancialYear(year.startYear() - 1), year, year.next())) {
                settings.setBudget(commissioner, f.id(), y, BUDGET_PENCE);
            }
        }
        Set<Long> family = viewerChildren(DemoAccounts.PARENT);
        List<Long> plans = reviewedToApply(senco, today, family);
        int made = 0;
        for (int i = 0; i < plans.size(); i++) {
            long planId = plans.get(i);
            LocalDate start = today.plusDays(7);
            long band = i % 3 == 0 ? b : i % 3 == 1 ? a : c;
            long id = funding.apply(senco, planId, new NewApplication(
                    "Cycle reviewed: outcomes partly achieved with small-group literacy three times a week and a daily "
                            + "check-in. Reading age is still two years behind; the school has spent its notional SEN budget "
                            + "on the group.", band,
                    "A teaching assistant for five more hours a week to run precision teaching one to one.", start,
                    start.plusMonths(6).minusDays(1), start.plusMonths(5)));
            made++;
            int version = funding.application(panel, id).version();
            switch (i) {
                case 0 -> // the demo parent's child (first in the list): approved, so the family sees the decision
                        funding.decide(panel, id, version, new PanelDecision.Approve(band, start,
                                start.plusMonths(6).minusDays(1), start.plusMonths(5)));
                case 1 -> // an award that began months ago and ends within the panel's eight weeks
                        funding.decide(panel, id, version, new PanelDecision.Approve(band, today.minusWeeks(20),
                                today.plusWeeks(3), today.plusWeeks(1)));
                case 2 -> funding.decide(panel, id, version, new PanelDecision.Decline(
                        "The evidence shows good progress at SEN Support; the school's own provision should continue "
                                + "for another cycle."));
                case 3 -> funding.decide(panel, id, version, new PanelDecision.Defer(
                        "Please send the educational psychologist's notes from the autumn visit."));
                default -> { } // waiting for the panel
            }
        }
        log.info("Demo funding loaded: 4 bands, budgets for {} footprints, {} applications", reference.footprints().size(),
                made);
    }

    /**
     * Cycles in progress at the demo SENCO's school reviewed now with the next step "apply for top-up funding": the
     * demo parent's child first, then up to six more pupils.
     */
    private List<Long> reviewedToApply(Viewer senco, LocalDate today, Set<Long> family) {
        List<Long> pupils = roster.childrenWithProvision(EnumSet.of(SenProvision.K), null).stream()
                .filter(c -> senco.settingId().equals(c.settingId())).map(DemoRoster.RosterChild::id)
                .sorted((x, y) -> Boolean.compare(family.contains(y), family.contains(x))).toList();
        List<Long> plans = new ArrayList<>();
        for (long child : pupils) {
            if (plans.size() >= 7) {
                break;
            }
            PupilSupport p = support.pupil(senco, child);
            var open = p.current().flatMap(PupilSupport.RecordView::openPlan).orElse(null);
            if (open == null || open.startsOn().isAfter(today.minusDays(1))) {
                continue;
            }
            support.change(senco, open.id(), support.plan(senco, open.id()).version(), new SupportPlanCommand.Review(
                    today.minusDays(1), NextStep.APPLY_FOR_TOP_UP, "I would like more help with reading.",
                    "We agree the school needs more support for this.",
                    "Progress is slower than hoped despite the group; apply for top-up funding.", null));
            plans.add(open.id());
        }
        return plans;
    }

    private Viewer viewer(String email) {
        return roster.accountId(email).flatMap(accounts::viewer).orElse(null);
    }

    private Set<Long> viewerChildren(String email) {
        Viewer parent = viewer(email);
        if (parent == null) {
            return Set.of();
        }
        return children.search(parent, null, null, PageRequest.of(0, 10)).stream().map(ChildSummary::id)
                .collect(Collectors.toSet());
    }
}
