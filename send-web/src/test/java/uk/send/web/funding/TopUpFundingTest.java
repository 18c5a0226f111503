package uk.send.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.Money;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.AwardReview;
import uk.send.funding.topup.AwardStatus;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FamilyDecision;
import uk.send.funding.topup.FundingRefusal;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.NewApplication;
import uk.send.funding.topup.PanelDecision;
import uk.send.funding.topup.ReviewOutcome;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.SupportPlans;

/**
 * Top-up funding against real PostgreSQL: a SENCO applies from a reviewed cycle, the panel of the footprint decides,
 * the budget moves and never goes over, a band's new value applies to new awards only, awards are reviewed at their
 * end, and each person sees only what their role and scope allow.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TopUpFundingTest {

    private static final long SIX_THOUSAND = 600_000;

    @Autowired
    TopUpFunding funding;
    @Autowired
    FundingSettings settings;
    @Autowired
    SupportPlans support;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    FundingScenario s;

    @BeforeAll
    void a_footprint_with_a_budget_of_twenty_thousand_pounds_a_year() {
        s = new FundingScenario(fixtures, accounts, support, funding, settings, 2_000_000, SIX_THOUSAND);
    }

    private BudgetPosition nextYearsBudget() {
        return funding.budgets(s.panel, s.nextYear).get(0);
    }

    private void approveForNextYear(long id) {
        funding.decide(s.panel, id, funding.application(s.panel, id).version(), new PanelDecision.Approve(s.band,
                s.nextYear.firstDay(), s.nextYear.lastDay(), s.nextYear.lastDay().minusMonths(1)));
    }

    @Test
    void a_senco_applies_from_a_reviewed_cycle_and_the_panel_sees_it_in_its_queue() {
        long id = s.application(s.reviewedCycle());

        var view = funding.application(s.panel, id);
        assertThat(view.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(view.requestedCost()).isEqualTo(Money.ofPence(SIX_THOUSAND));
        assertThat(view.supportCycle()).isEqualTo(1);
        assertThat(view.cycleReviewedOn()).isEqualTo(s.today.minusDays(1));
        assertThat(funding.queue(s.panel, PageRequest.of(0, 100)).getContent())
                .anySatisfy(a -> assertThat(a.id()).isEqualTo(id));
    }

    @Test
    void a_cycle_whose_review_did_not_decide_to_apply_is_not_one_to_apply_from() {
        long plan = s.reviewedCycle(fixtures.child(s.footprint, s.school, null), NextStep.CONTINUE);

        assertThatThrownBy(() -> s.application(plan)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_second_application_for_a_pupil_waits_until_the_first_is_decided() {
        long plan = s.reviewedCycle();
        s.application(plan);

        assertThatThrownBy(() -> s.application(plan)).isInstanceOf(FundingRefusal.class)
                .extracting(e -> ((FundingRefusal) e).key()).isEqualTo("funding.error.openApplication");
    }

    @Test
    void an_award_is_time_limited_and_reviewed_within_its_period() {
        long plan = s.reviewedCycle();
        assertThatThrownBy(() -> funding.apply(s.senco, plan, new NewApplication("e", s.band, "u", s.today,
                s.today.plusYears(1), s.today.plusMonths(6))))
                .isInstanceOf(FundingRefusal.class).extracting(e -> ((FundingRefusal) e).field())
                .isEqualTo(FundingRefusal.Field.ENDS_ON);
        assertThatThrownBy(() -> funding.apply(s.senco, plan, new NewApplication("e", s.band, "u", s.today,
                s.today.plusMonths(6), s.today.plusMonths(7))))
                .isInstanceOf(FundingRefusal.class).extracting(e -> ((FundingRefusal) e).field())
                .isEqualTo(FundingRefusal.Field.REVIEW_ON);
    }

    @Test
    void an_approval_commits_the_award_s_cost_and_the_remaining_budget_falls_by_it() {
        long before = nextYearsBudget().remaining().pence();
        long id = s.application(s.reviewedCycle());

        approveForNextYear(id);

        var view = funding.application(s.senco, id);
        assertThat(view.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(view.awards()).singleElement().satisfies(w -> {
            assertThat(w.annualValue()).isEqualTo(Money.ofPence(SIX_THOUSAND));
            assertThat(w.costByYear()).containsEntry(s.nextYear, SIX_THOUSAND);
        });
        assertThat(nextYearsBudget().remaining().pence()).isEqualTo(before - SIX_THOUSAND);
        assertThat(nextYearsBudget().committed().pence() + nextYearsBudget().spent().pence()
                + nextYearsBudget().remaining().pence()).isEqualTo(nextYearsBudget().budget().pence());
    }

    @Test
    void an_approval_that_would_go_over_the_remaining_budget_is_refused_with_the_amount_remaining() {
        var other = new FundingScenario(fixtures, accounts, support, funding, settings, 1_000_000, SIX_THOUSAND);
        long first = other.application(other.reviewedCycle());
        long second = other.application(other.reviewedCycle());
        funding.decide(other.panel, first, 0, new PanelDecision.Approve(other.band, other.nextYear.firstDay(),
                other.nextYear.lastDay(), other.nextYear.lastDay()));

        assertThatThrownBy(() -> funding.decide(other.panel, second, 0, new PanelDecision.Approve(other.band,
                other.nextYear.firstDay(), other.nextYear.lastDay(), other.nextYear.lastDay())))
                .isInstanceOf(FundingRefusal.class)
                .satisfies(e -> {
                    FundingRefusal r = (FundingRefusal) e;
                    assertThat(r.key()).isEqualTo("funding.error.overBudget");
                    assertThat(r.arguments()).contains(Money.ofPence(400_000), other.nextYear.label());
                });
        assertThat(funding.application(other.panel, second).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(funding.budgets(other.panel, other.nextYear).get(0).remaining()).isEqualTo(Money.ofPence(400_000));
    }

    @Test
    void the_database_refuses_an_allocation_over_the_budget_whatever_the_code_does() {
        assertThatThrownBy(() -> jdbc.sql("""
                        update footprint_budget set top_up_allocated_pence = top_up_budget_pence + 1
                        where footprint_id = :f""").param("f", s.footprint.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void a_change_to_a_band_s_value_applies_to_new_awards_only() {
        var other = new FundingScenario(fixtures, accounts, support, funding, settings, 5_000_000, SIX_THOUSAND);
        long before = other.application(other.reviewedCycle());
        long after = other.application(other.reviewedCycle());
        funding.decide(other.panel, before, 0, new PanelDecision.Approve(other.band, other.nextYear.firstDay(),
                other.nextYear.lastDay(), other.nextYear.lastDay()));

        var band = settings.band(other.commissioner, other.band);
        settings.changeBand(other.commissioner, band.id(), band.version(), band.name(), null, 900_000, true);
        funding.decide(other.panel, after, 0, new PanelDecision.Approve(other.band, other.nextYear.firstDay(),
                other.nextYear.lastDay(), other.nextYear.lastDay()));

        assertThat(funding.application(other.panel, before).awards().get(0).annualValue()).isEqualTo(Money.ofPence(SIX_THOUSAND));
        assertThat(funding.application(other.panel, after).awards().get(0).annualValue()).isEqualTo(Money.ofPence(900_000));
        assertThat(funding.budgets(other.panel, other.nextYear).get(0).remaining())
                .isEqualTo(Money.ofPence(5_000_000 - SIX_THOUSAND - 900_000));
    }

    @Test
    void a_budget_cannot_be_set_below_what_awards_have_taken_from_it() {
        var other = new FundingScenario(fixtures, accounts, support, funding, settings, 1_000_000, SIX_THOUSAND);
        long id = other.application(other.reviewedCycle());
        funding.decide(other.panel, id, 0, new PanelDecision.Approve(other.band, other.nextYear.firstDay(),
                other.nextYear.lastDay(), other.nextYear.lastDay()));

        assertThatThrownBy(() -> settings.setBudget(other.commissioner, other.footprint.id(), other.nextYear, 599_999))
                .isInstanceOf(FundingRefusal.class);
        settings.setBudget(other.commissioner, other.footprint.id(), other.nextYear, SIX_THOUSAND);
        assertThat(funding.budgets(other.panel, other.nextYear).get(0).remaining()).isEqualTo(Money.ZERO);
    }

    @Test
    void the_panel_declines_with_reasons_and_defers_for_information_the_school_then_gives() {
        long declined = s.application(s.reviewedCycle());
        long deferred = s.application(s.reviewedCycle());

        assertThatThrownBy(() -> funding.decide(s.panel, declined, 0, new PanelDecision.Decline(" ")))
                .isInstanceOf(FundingRefusal.class);
        funding.decide(s.panel, declined, 0, new PanelDecision.Decline("Good progress at SEN Support"));
        funding.decide(s.panel, deferred, 0, new PanelDecision.Defer("Send the EP notes"));

        assertThat(funding.application(s.senco, declined).decisionNote()).isEqualTo("Good progress at SEN Support");
        var waiting = funding.application(s.senco, deferred);
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.DEFERRED);
        funding.giveMoreInformation(s.senco, deferred, waiting.version(), "Notes attached to the plan");
        assertThat(funding.application(s.panel, deferred).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(funding.application(s.panel, deferred).moreInformation()).isEqualTo("Notes attached to the plan");
    }

    @Test
    void a_decision_on_a_page_opened_before_another_decision_is_a_conflict() {
        long id = s.application(s.reviewedCycle());
        funding.decide(s.panel, id, 0, new PanelDecision.Defer("More please"));

        assertThatThrownBy(() -> funding.decide(s.panel, id, 0, new PanelDecision.Decline("No")))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void a_panel_member_of_another_footprint_and_another_school_s_senco_find_no_such_application() {
        long id = s.application(s.reviewedCycle());
        var elsewhere = fixtures.footprint();
        Viewer otherPanel = accounts.viewer(fixtures.account(Role.PANEL, null, Set.of(elsewhere.id())).id()).orElseThrow();
        Viewer otherSenco = accounts.viewer(fixtures.account(Role.SENCO, fixtures.school(elsewhere).id(), Set.of()).id())
                .orElseThrow();

        assertThatThrownBy(() -> funding.application(otherPanel, id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> funding.application(otherSenco, id)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> funding.decide(otherPanel, id, 0, new PanelDecision.Decline("No")))
                .isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> funding.decide(s.senco, id, 0, new PanelDecision.Decline("No")))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(funding.queue(otherPanel, PageRequest.of(0, 100)).getContent()).noneMatch(a -> a.id() == id);
    }

    @Test
    void the_parent_sees_the_panel_s_decision_and_no_one_else_s_child() {
        long plan = s.reviewedCycle(s.pupilParentOf, NextStep.APPLY_FOR_TOP_UP);
        long id = s.application(plan);
        approveForNextYear(id);

        assertThat(funding.forFamily(s.parent)).singleElement().satisfies((FamilyDecision d) -> {
            assertThat(d.applicationId()).isEqualTo(id);
            assertThat(d.status()).isEqualTo(ApplicationStatus.APPROVED);
            assertThat(d.startsOn()).isEqualTo(s.nextYear.firstDay());
        });
        assertThat(funding.forFamily(s.senco)).isEmpty();
    }

    @Test
    void an_award_ending_within_eight_weeks_is_listed_and_its_review_renews_changes_band_or_ends_it() {
        var other = new FundingScenario(fixtures, accounts, support, funding, settings, 5_000_000, SIX_THOUSAND);
        long higher = settings.addBand(other.commissioner, "Higher " + Fixtures.next(), null, 900_000);
        long[] awards = new long[3];
        for (int i = 0; i < 3; i++) {
            long id = other.application(other.reviewedCycle());
            funding.decide(other.panel, id, 0, new PanelDecision.Approve(other.band, other.today.minusWeeks(10),
                    other.today.plusWeeks(2 + i), other.today.plusWeeks(1)));
            awards[i] = funding.application(other.panel, id).awards().get(0).id();
        }
        long later = other.application(other.reviewedCycle());
        funding.decide(other.panel, later, 0, new PanelDecision.Approve(other.band, other.today,
                other.today.plusWeeks(20), other.today.plusWeeks(19)));

        var ending = funding.awardsEnding(other.panel, PageRequest.of(0, 100)).getContent();
        assertThat(ending).extracting(w -> w.id()).containsExactly(awards[0], awards[1], awards[2]);

        var renew = funding.award(other.panel, awards[0]);
        funding.review(other.panel, renew.id(), renew.version(), new AwardReview(ReviewOutcome.RENEW, null,
                renew.endsOn().plusMonths(3), renew.endsOn().plusMonths(2)));
        var change = funding.award(other.panel, awards[1]);
        assertThatThrownBy(() -> funding.review(other.panel, change.id(), change.version(), new AwardReview(
                ReviewOutcome.CHANGE_BAND, other.band, change.endsOn().plusMonths(3), change.endsOn().plusMonths(2))))
                .isInstanceOf(FundingRefusal.class);
        funding.review(other.panel, change.id(), change.version(), new AwardReview(ReviewOutcome.CHANGE_BAND, higher,
                change.endsOn().plusMonths(3), change.endsOn().plusMonths(2)));
        var end = funding.award(other.panel, awards[2]);
        funding.review(other.panel, end.id(), end.version(), new AwardReview(ReviewOutcome.END, null, null, null));

        assertThat(funding.award(other.panel, awards[0]).status()).isEqualTo(AwardStatus.RENEWED);
        assertThat(funding.award(other.panel, awards[1]).status()).isEqualTo(AwardStatus.BAND_CHANGED);
        assertThat(funding.award(other.panel, awards[2]).status()).isEqualTo(AwardStatus.ENDED);
        var renewedApplication = funding.application(other.panel, renew.applicationId());
        assertThat(renewedApplication.awards()).hasSize(2);
        assertThat(renewedApplication.awards().get(1).startsOn()).isEqualTo(renew.endsOn().plusDays(1));
        assertThat(funding.application(other.panel, change.applicationId()).awards().get(1).annualValue())
                .isEqualTo(Money.ofPence(900_000));
        assertThat(funding.awardsEnding(other.panel, PageRequest.of(0, 100)).getContent())
                .extracting(w -> w.id()).doesNotContain(awards[0], awards[1], awards[2]);
        assertThatThrownBy(() -> funding.review(other.panel, awards[2], funding.award(other.panel, awards[2]).version(),
                new AwardReview(ReviewOutcome.END, null, null, null))).isInstanceOf(FundingRefusal.class);
    }

    @Test
    void the_parent_sees_what_each_review_of_the_award_decided_and_when() {
        var other = new FundingScenario(fixtures, accounts, support, funding, settings, 5_000_000, SIX_THOUSAND);
        long id = other.application(other.reviewedCycle(other.pupilParentOf, NextStep.APPLY_FOR_TOP_UP));
        funding.decide(other.panel, id, 0, new PanelDecision.Approve(other.band, other.today.minusWeeks(10),
                other.today.plusWeeks(2), other.today.plusWeeks(1)));
        assertThat(funding.forFamily(other.parent)).singleElement().satisfies((FamilyDecision d) -> {
            assertThat(d.reviewOutcome()).isNull();
            assertThat(d.reviewedOn()).isNull();
        });

        var first = funding.application(other.panel, id).awards().get(0);
        funding.review(other.panel, first.id(), first.version(), new AwardReview(ReviewOutcome.RENEW, null,
                first.endsOn().plusMonths(3), first.endsOn().plusMonths(2)));
        assertThat(funding.forFamily(other.parent)).singleElement().satisfies((FamilyDecision d) -> {
            assertThat(d.reviewOutcome()).isEqualTo(AwardStatus.RENEWED);
            assertThat(d.reviewedOn()).isEqualTo(funding.today());
            assertThat(d.startsOn()).isEqualTo(first.endsOn().plusDays(1));
            assertThat(d.endsOn()).isEqualTo(first.endsOn().plusMonths(3));
        });

        var renewal = funding.application(other.panel, id).awards().get(1);
        funding.review(other.panel, renewal.id(), renewal.version(), new AwardReview(ReviewOutcome.END, null, null, null));
        assertThat(funding.forFamily(other.parent)).singleElement().satisfies((FamilyDecision d) -> {
            assertThat(d.reviewOutcome()).isEqualTo(AwardStatus.ENDED);
            assertThat(d.startsOn()).isEqualTo(renewal.startsOn());
            assertThat(d.status()).isEqualTo(ApplicationStatus.APPROVED);
        });
    }
}
