package uk.send.pathway.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;

/**
 * The overdue job on two instances sharing one database: while one holds the ShedLock row, the other's run does
 * not start, so each overdue review is marked once, its event reaches the publication registry once, and each
 * caseworker covering the child gets one reminder; a later run finds nothing left to mark.
 */
@SpringBootTest
class ReviewsOverdueAcrossInstancesTest {

    @Autowired
    ReviewsOverdue job;
    @Autowired
    DemoPlans demoPlans;
    @Autowired
    EhcPlanRepository plans;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    /** One instance of the service: its own lock provider on the shared database, named as a host would be. */
    LockingTaskExecutor instance(String name) {
        return new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource)).withTableName("shedlock").usingDbTime()
                .withLockedByValue(name).build()));
    }

    /** Runs the task under the lock on that instance (a task's own failure rethrown unchecked). */
    <T> LockingTaskExecutor.TaskResult<T> locked(LockingTaskExecutor instance, LockingTaskExecutor.TaskWithResult<T> task) {
        try {
            return instance.executeWithLock(task, lock());
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    LockConfiguration lock() {
        return new LockConfiguration(Instant.now(), ReviewsOverdue.LOCK, Duration.ofMinutes(5), Duration.ZERO);
    }

    long overduePlan(FootprintView footprint, SettingView school) {
        long child = fixtures.child(footprint, school, null);
        demoPlans.writeExisting(child, school.id(), today.minusYears(1).minusDays(3), "tests@example.test");
        return plans.findByChildIdAndCeasedOnIsNull(child).orElseThrow().getId();
    }

    long published(long planId) {
        return jdbc.sql("select count(*) from event_publication where event_type like '%ReviewOverdue' "
                        + "and serialized_event like :plan")
                .param("plan", "%\"planId\":" + planId + ",%").query(Long.class).single();
    }

    long reminders(AccountView account) {
        return jdbc.sql("select count(*) from notification_outbox where account_id = :a").param("a", account.id())
                .query(Long.class).single();
    }

    @Test
    void two_instances_never_run_the_overdue_job_at_once_and_each_review_is_marked_and_reminded_once() throws Exception {
        FootprintView footprint = fixtures.footprint();
        SettingView school = fixtures.school(footprint);
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        long plan = overduePlan(footprint, school);
        LockingTaskExecutor first = instance("instance-a");
        LockingTaskExecutor second = instance("instance-b");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger runs = new AtomicInteger();
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<LockingTaskExecutor.TaskResult<Integer>> a = threads.submit(() -> locked(first, () -> {
                runs.incrementAndGet();
                holding.countDown();
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                return job.markAll();
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();

            LockingTaskExecutor.TaskResult<Integer> b = locked(second, () -> {
                runs.incrementAndGet();
                return job.markAll();
            });
            release.countDown();

            assertThat(b.wasExecuted()).as("the second instance while the first holds the lock").isFalse();
            LockingTaskExecutor.TaskResult<Integer> done = a.get(60, TimeUnit.SECONDS);
            assertThat(done.wasExecuted()).isTrue();
            assertThat(done.getResult()).isGreaterThanOrEqualTo(1);
            assertThat(runs).hasValue(1);
        } finally {
            threads.shutdownNow();
        }

        assertThat(plans.findById(plan).orElseThrow().getReviewOverdueOn()).isEqualTo(today);
        assertThat(published(plan)).as("ReviewOverdue publications of the plan").isEqualTo(1);
        assertThat(reminders(caseworker)).as("reminders to the caseworker covering the child").isEqualTo(1);

        // the lock released, the other instance runs and finds nothing left to mark
        LockingTaskExecutor.TaskResult<Integer> later = locked(second, job::markAll);
        assertThat(later.wasExecuted()).isTrue();
        assertThat(published(plan)).isEqualTo(1);
        assertThat(reminders(caseworker)).isEqualTo(1);
    }

    @Test
    void the_scheduled_run_takes_the_same_lock_so_it_does_not_start_while_another_instance_holds_it() throws Exception {
        FootprintView footprint = fixtures.footprint();
        SettingView school = fixtures.school(footprint);
        long plan = overduePlan(footprint, school);
        LockingTaskExecutor other = instance("instance-c");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newSingleThreadExecutor();
        try {
            Future<?> held = threads.submit(() -> locked(other, () -> {
                holding.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            job.run(); // through its proxy, with @SchedulerLock, on this instance's lock provider
            release.countDown();
            held.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }

        assertThat(plans.findById(plan).orElseThrow().getReviewOverdueOn())
                .as("the scheduled run skipped: the other instance held " + ReviewsOverdue.LOCK).isNull();
        assertThat(published(plan)).isZero();
    }
}
