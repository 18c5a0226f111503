package uk.send.pathway.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Marks reviews overdue, once a day, on one instance at a time (ShedLock row {@value #LOCK}): each current plan
 * whose review date has passed with no meeting held is marked through the aggregate, which raises
 * {@link PlanReviewEvent.ReviewOverdue}; it reaches the event publication registry as the plan is saved, and
 * {@link ReviewReminders} queues the reminders after commit. A plan is marked once (the mark is kept until the
 * next review), so even a run that overlapped another would find nothing left to mark.
 */
@Component
class ReviewsOverdue {

    static final String LOCK = "plan-reviews-overdue";
    static final int BATCH = 200;

    private final EhcPlanRepository plans;
    private final ReviewsDueQuery query;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewsOverdue(EhcPlanRepository plans, ReviewsDueQuery query, PlatformTransactionManager transactionManager,
                   Clock clock) {
        this.plans = plans;
        this.query = query;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The scheduled run (London time), on one instance at a time. */
    @Scheduled(cron = "${send.reviews.overdue-cron:0 30 6 * * *}", zone = "Europe/London")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        markAll();
    }

    /** Marks every review overdue today that is not yet marked; returns how many. */
    int markAll() {
        LocalDate today = LocalDate.now(clock);
        int marked = 0;
        int batch;
        do {
            batch = transactions.execute(status -> markBatch(today));
            marked += batch;
        } while (batch == BATCH);
        return marked;
    }

    private int markBatch(LocalDate today) {
        List<Long> ids = query.toMarkOverdue(today, BATCH);
        int marked = 0;
        for (EhcPlan plan : plans.findAllById(ids)) {
            if (plan.markReviewOverdue(today)) {
                plans.save(plan);
                marked++;
            }
        }
        plans.flush();
        return marked == 0 ? 0 : ids.size();
    }
}
