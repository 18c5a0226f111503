package uk.send.pathway.assessment;

import java.time.Duration;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * Fills the kept next statutory date of open cases that have none: cases written before the columns existed
 * (V13) or loaded by the data generator, which leaves them to the application. Runs once as the application
 * starts, before it serves requests; costs one indexed query ({@code needs_assessment_next_due_missing_idx})
 * when there is nothing to fill. Otherwise it takes the {@code shedlock} row {@value #LOCK}, so one instance of
 * several fills while the others go on (the caseload works a missing date out from the case meanwhile), and
 * fills {@value #BATCH} cases per transaction, each from the aggregate and the one calendar. A direct update, not
 * a save: filling the column is not a change to the case, so its version (what a caseworker's open form is
 * checked against) stays.
 */
@Component
class NextDeadlineBackfill implements SmartInitializingSingleton {

    static final String LOCK = "next-deadline-backfill";
    static final int BATCH = 500;

    private static final Logger log = LoggerFactory.getLogger(NextDeadlineBackfill.class);

    private final NeedsAssessmentRepository assessments;
    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    private final StatutoryCalendar calendar;
    private final LockProvider locks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    NextDeadlineBackfill(NeedsAssessmentRepository assessments, JdbcClient jdbc, JdbcTemplate batches,
                         StatutoryCalendar calendar,
                         LockProvider locks, PlatformTransactionManager transactionManager, Clock clock) {
        this.clock = clock;
        this.assessments = assessments;
        this.jdbc = jdbc;
        this.batches = batches;
        this.calendar = calendar;
        this.locks = locks;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (missing(1).isEmpty()) {
            return;
        }
        new DefaultLockingTaskExecutor(locks).executeWithLock((Runnable) this::fillAll,
                new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
    }

    /** Fills every open case without a kept date; returns how many were filled. */
    int fillAll() {
        int filled = 0;
        int batch;
        do {
            batch = transactions.execute(status -> fillBatch());
            filled += batch;
        } while (batch == BATCH);
        if (filled > 0) {
            log.info("Kept the next statutory date of {} open needs assessments written without one", filled);
        }
        return filled;
    }

    private int fillBatch() {
        List<Long> ids = missing(BATCH);
        if (ids.isEmpty()) {
            return 0;
        }
        List<Object[]> rows = assessments.findByIdIn(ids).stream()
                .flatMap(a -> a.nextDeadline(calendar).stream()
                        .map(next -> new Object[] {next.due(), next.what().name(), a.getId()}))
                .toList();
        batches.batchUpdate("update needs_assessment set next_due_date = ?, next_due_kind = ? "
                + "where id = ? and next_due_date is null", rows);
        return ids.size();
    }

    private List<Long> missing(int limit) {
        return jdbc.sql("select a.id from needs_assessment a where a.next_due_date is null and " + CaseloadQuery.OPEN
                        + " order by a.id limit :limit")
                .param("limit", limit).query(Long.class).list();
    }
}
