package uk.send.web.funding;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.NewApplication;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;

/**
 * A footprint with a school, its SENCO, a panel member, a commissioner and a band, with budgets this financial year
 * and next; and pupils whose support plan cycle was reviewed with the next step "apply for top-up funding".
 */
public final class FundingScenario {

    public final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    public final FinancialYear thisYear = FinancialYear.of(today);
    public final FinancialYear nextYear = thisYear.next();
    public final FootprintView footprint;
    public final SettingView school;
    public final Viewer senco;
    public final Viewer panel;
    public final Viewer commissioner;
    public final long band;
    public final long pupilParentOf;
    public final Viewer parent;

    private final Fixtures fixtures;
    private final SupportPlans support;
    private final TopUpFunding funding;

    public FundingScenario(Fixtures fixtures, AccountService accounts, SupportPlans support, TopUpFunding funding,
                    FundingSettings settings, long budgetPence, long bandPence) {
        this.fixtures = fixtures;
        this.support = support;
        this.funding = funding;
        footprint = fixtures.footprint();
        school = fixtures.school(footprint);
        senco = accounts.viewer(fixtures.account(Role.SENCO, school.id(), Set.of()).id()).orElseThrow();
        panel = accounts.viewer(fixtures.account(Role.PANEL, null, Set.of(footprint.id())).id()).orElseThrow();
        commissioner = accounts.viewer(fixtures.account(Role.COMMISSIONER, null, Set.of()).id()).orElseThrow();
        var parentAccount = fixtures.account(Role.PARENT, null, Set.of());
        parent = accounts.viewer(parentAccount.id()).orElseThrow();
        pupilParentOf = fixtures.child(footprint, school, parentAccount);
        band = settings.addBand(commissioner, "Band " + Fixtures.next(), null, bandPence);
        settings.setBudget(commissioner, footprint.id(), new FinancialYear(thisYear.startYear() - 1), budgetPence);
        settings.setBudget(commissioner, footprint.id(), thisYear, budgetPence);
        settings.setBudget(commissioner, footprint.id(), nextYear, budgetPence);
    }

    /** A new pupil at the school whose first cycle was reviewed yesterday, deciding to apply; the cycle's id. */
    public long reviewedCycle() {
        return reviewedCycle(fixtures.child(footprint, school, null), NextStep.APPLY_FOR_TOP_UP);
    }

    public long reviewedCycle(long child, NextStep next) {
        support.addToSenSupport(senco, child, new AddToSenSupport(NeedCode.SPLD, null, today.minusWeeks(10)));
        int version = support.pupil(senco, child).current().orElseThrow().version();
        long plan = support.startPlan(senco, child, version, new StartPlan(null, today.minusWeeks(9),
                null, "Assessed in class"));
        support.change(senco, plan, support.plan(senco, plan).version(), new SupportPlanCommand.Review(
                today.minusDays(1), next, null, null, "Slow progress", null));
        return plan;
    }

    /** An application from a reviewed cycle, for the whole of next financial year. */
    public long application(long plan) {
        return funding.apply(senco, plan, new NewApplication("Cycle 1 showed slow progress", band,
                "One-to-one reading", nextYear.firstDay(), nextYear.lastDay(), nextYear.lastDay().minusMonths(1)));
    }
}
