package uk.send.web.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.capital.CapitalDecision;
import uk.send.funding.capital.CapitalGrants;
import uk.send.funding.capital.CapitalPurpose;
import uk.send.funding.capital.NewCapitalApplication;
import uk.send.funding.outreach.NewOutreachRequest;
import uk.send.funding.outreach.Outreach;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * Never over the capital budget or the outreach quota, under load. 100 capital approvals of £10,000 against a
 * footprint's £100,000, sent from as many threads as the connection pool has connections (so none waits for one):
 * the budget row is locked by each in turn, so exactly 10 succeed and the other 90 are refused with £0 remaining.
 * 40 acceptances of 5 outreach sessions against a quota of 100: exactly 20 succeed.
 */
@SpringBootTest
class ParallelCapitalAndOutreachTest {

    private static final int PARALLEL = 100;
    /** The connection pool's size (send.database.pool-size): more threads would only wait for a connection. */
    private static final int THREADS = 10;

    @Autowired
    CapitalGrants grants;
    @Autowired
    Outreach outreach;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;

    @Test
    void one_hundred_parallel_capital_approvals_of_ten_thousand_pounds_against_one_hundred_thousand_exactly_ten_succeed()
            throws Exception {
        var footprint = fixtures.footprint();
        var school = fixtures.school(footprint);
        Viewer senco = viewer(Role.SENCO, school.id(), Set.of());
        Viewer panel = viewer(Role.PANEL, null, Set.of(footprint.id()));
        Viewer commissioner = viewer(Role.COMMISSIONER, null, Set.of());
        FinancialYear year = FinancialYear.of(grants.today());
        grants.setBudget(commissioner, footprint.id(), year, 10_000_000);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            ids.add(grants.apply(senco, new NewCapitalApplication(CapitalPurpose.MAINSTREAM_PLUS, "Nurture room " + i,
                    "Furniture and soft furnishings", "A group of eight pupils in Key Stage 2", 8, 1_000_000, year)));
        }

        AtomicInteger approved = new AtomicInteger();
        ConcurrentLinkedQueue<Object> remaining = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        inParallel(ids, id -> {
            try {
                grants.decide(panel, id, 0, new CapitalDecision.Approve(grants.today()));
                approved.incrementAndGet();
            } catch (FundingRefusal refused) {
                if ("capital.error.overBudget".equals(refused.key())) {
                    remaining.add(refused.arguments()[0]);
                } else {
                    unexpected.add(refused);
                }
            } catch (Throwable other) {
                unexpected.add(other);
            }
        });

        assertThat(unexpected).as("failures other than a refusal over budget").isEmpty();
        assertThat(approved).hasValue(10);
        assertThat(remaining).hasSize(90).containsOnly(Money.ZERO);
        assertThat(jdbc.sql("select allocated_pence from capital_budget where footprint_id = :f and financial_year = :y")
                .param("f", footprint.id()).param("y", year.startYear()).query(Long.class).single())
                .isEqualTo(10_000_000L);
        assertThat(jdbc.sql("""
                        select coalesce(sum(amount_pence), 0) from capital_application
                        where footprint_id = :f and status = 'APPROVED'""")
                .param("f", footprint.id()).query(Long.class).single()).as("the grants made, to the penny")
                .isEqualTo(10_000_000L);
        var position = grants.budgets(panel, year).get(0);
        assertThat(position.remaining()).isEqualTo(Money.ZERO);
        assertThat(position.spent()).as("paid today").isEqualTo(Money.ofPence(10_000_000));
    }

    @Test
    void forty_parallel_acceptances_of_five_outreach_sessions_against_a_quota_of_one_hundred_exactly_twenty_succeed()
            throws Exception {
        var footprint = fixtures.footprint();
        var school = fixtures.school(footprint);
        SettingView special = reference.createSetting(new SettingDetails(String.valueOf(400000 + Fixtures.next()),
                "Special " + Fixtures.next(), SettingType.SPECIAL_MAINTAINED, Phase.ALL_THROUGH, footprint.id(), null,
                true), Fixtures.SYSTEM);
        Viewer senco = viewer(Role.SENCO, school.id(), Set.of());
        Viewer provider = viewer(Role.OUTREACH, special.id(), Set.of());
        Viewer commissioner = viewer(Role.COMMISSIONER, null, Set.of());
        FinancialYear year = outreach.currentYear();
        // room for every request to be made; then the quota is cut to 100 before they are accepted
        outreach.setQuota(commissioner, footprint.id(), year, 1_000);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            ids.add(outreach.request(senco, new NewOutreachRequest(special.id(), null, "Advice for a Year 4 group", 5)));
        }
        outreach.setQuota(commissioner, footprint.id(), year, 100);

        AtomicInteger accepted = new AtomicInteger();
        ConcurrentLinkedQueue<Object> left = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Throwable> unexpected = new ConcurrentLinkedQueue<>();
        inParallel(ids, id -> {
            try {
                outreach.accept(provider, id, 0);
                accepted.incrementAndGet();
            } catch (FundingRefusal refused) {
                if ("outreach.error.overQuota".equals(refused.key())) {
                    left.add(refused.arguments()[0]);
                } else {
                    unexpected.add(refused);
                }
            } catch (Throwable other) {
                unexpected.add(other);
            }
        });

        assertThat(unexpected).isEmpty();
        assertThat(accepted).hasValue(20);
        assertThat(left).hasSize(20).containsOnly(0);
        assertThat(jdbc.sql("select allocated_sessions from outreach_quota where footprint_id = :f and financial_year = :y")
                .param("f", footprint.id()).param("y", year.startYear()).query(Integer.class).single()).isEqualTo(100);
        var position = outreach.allQuotas(commissioner, year).stream().filter(q -> q.footprintId() == footprint.id())
                .findFirst().orElseThrow();
        assertThat(position.committed()).isEqualTo(100);
        assertThat(position.remaining()).isZero();
    }

    private Viewer viewer(Role role, Long setting, Set<Long> footprints) {
        return accounts.viewer(fixtures.account(role, setting, footprints).id()).orElseThrow();
    }

    private static void inParallel(List<Long> ids, java.util.function.LongConsumer work) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (long id : ids) {
                done.add(pool.submit(() -> {
                    start.await();
                    work.accept(id);
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
    }
}
