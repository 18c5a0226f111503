package uk.send.web.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.access.AccountService;
import uk.send.domain.reference.Money;
import uk.send.domain.testing.CiFigures;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.topup.FundingRefusal;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.PanelDecision;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.support.SupportPlans;

/**
 * Never over budget, under load: 100 approvals of £10,000 at once against a footprint's £100,000 budget for the
 * year. The budget row is locked by each approval in turn, so exactly 10 succeed, the other 90 are refused with the
 * amount remaining (£0), and the awards made add up to the budget to the penny.
 */
@SpringBootTest
class ParallelApprovalsTest {

    private static final int APPROVALS = 100;
    private static final long TEN_THOUSAND = 1_000_000;
    private static final long ONE_HUNDRED_THOUSAND = 10_000_000;

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

    @Test
    void one_hundred_parallel_approvals_of_ten_thousand_pounds_against_one_hundred_thousand_exactly_ten_succeed()
            throws Exception {
        var s = new FundingScenario(fixtures, accounts, support, funding, settings, ONE_HUNDRED_THOUSAND, TEN_THOUSAND);
        long plan = s.reviewedCycle();
        List<Long> applications = new ArrayList<>();
        for (int i = 0; i < APPROVALS; i++) {
            // one pupil each (one application waiting per pupil), from the same reviewed cycle's evidence
            long child = fixtures.child(s.footprint, s.school, null);
            applications.add(jdbc.sql("""
                            insert into top_up_application (child_id, setting_id, footprint_id, support_plan_id,
                                support_cycle, cycle_reviewed_on, evidence, intended_use, requested_band_id, starts_on,
                                ends_on, review_on, status, submitted_on, submitted_by)
                            values (:child, :setting, :footprint, :plan, 1, :reviewed, 'Evidence', 'Use', :band,
                                :start, :end, :end, 'SUBMITTED', :reviewed, 'senco@example.test')
                            returning id""")
                    .param("child", child).param("setting", s.school.id()).param("footprint", s.footprint.id())
                    .param("plan", plan).param("reviewed", s.today.minusDays(1)).param("band", s.band)
                    .param("start", s.nextYear.firstDay()).param("end", s.nextYear.lastDay())
                    .query(Long.class).single());
        }

        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger approved = new AtomicInteger();
        AtomicInteger refusedOverBudget = new AtomicInteger();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Object> remainingInRefusals = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(APPROVALS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long id : applications) {
                done.add(pool.submit(() -> {
                    try {
                        start.await();
                        funding.decide(s.panel, id, 0, new PanelDecision.Approve(s.band, s.nextYear.firstDay(),
                                s.nextYear.lastDay(), s.nextYear.lastDay()));
                        approved.incrementAndGet();
                    } catch (FundingRefusal refused) {
                        if ("funding.error.overBudget".equals(refused.key())) {
                            refusedOverBudget.incrementAndGet();
                            remainingInRefusals.add(refused.arguments()[0]);
                        } else {
                            unexpected.add(refused);
                        }
                    } catch (Throwable other) {
                        unexpected.add(other);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }

        long allocatedPence = jdbc.sql("select top_up_allocated_pence from footprint_budget where footprint_id = :f and financial_year = :y")
                .param("f", s.footprint.id()).param("y", s.nextYear.startYear()).query(Long.class).single();
        CiFigures.record("parallel approvals (ParallelApprovalsTest)", "100 × £10,000 against £100,000: " + approved.get()
                + " approved, " + refusedOverBudget.get() + " refused over budget, " + unexpected.size() + " other failures, "
                + Money.ofPence(Math.max(0, allocatedPence - ONE_HUNDRED_THOUSAND)).format() + " over");
        assertThat(unexpected).as("failures other than a refusal over budget").isEmpty();
        assertThat(approved).hasValue(10);
        assertThat(refusedOverBudget).hasValue(90);
        assertThat(remainingInRefusals).containsOnly(Money.ZERO);
        long allocated = jdbc.sql("""
                        select top_up_allocated_pence from footprint_budget
                        where footprint_id = :f and financial_year = :y""")
                .param("f", s.footprint.id()).param("y", s.nextYear.startYear()).query(Long.class).single();
        long awarded = jdbc.sql("""
                        select coalesce(sum(c.cost_pence), 0) from top_up_award_cost c
                        join top_up_award a on a.id = c.award_id where a.footprint_id = :f and c.financial_year = :y""")
                .param("f", s.footprint.id()).param("y", s.nextYear.startYear()).query(Long.class).single();
        assertThat(allocated).isEqualTo(ONE_HUNDRED_THOUSAND);
        assertThat(awarded).as("the awards made, to the penny").isEqualTo(ONE_HUNDRED_THOUSAND);
        assertThat(funding.budgets(s.panel, s.nextYear).get(0).remaining()).isEqualTo(Money.ZERO);
        assertThat(jdbc.sql("select count(*) from top_up_application where footprint_id = :f and status = 'APPROVED'")
                .param("f", s.footprint.id()).query(Long.class).single()).isEqualTo(10L);
    }
}
