package uk.send.pathway.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.notifications.NoticeKind;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * Reminds families, once a day and on one instance at a time (ShedLock row {@value #LOCK}), of a date they have
 * to meet that falls within the next {@code send.notifications.reminder-days} days (default 3):
 * <ul>
 * <li>comments on a draft plan, until the last day of the comment window (from the {@link StatutoryCalendar}),
 *     while the family has not answered it;</li>
 * <li>views for a plan's review, before the meeting, while the family has not given them;</li>
 * <li>comments on proposed amendments after a review, until the last of the 15 days (from the calendar), while the
 *     family has not commented.</li>
 * </ul>
 * Each reminder carries a key naming the case, the date and the account, so each is queued once however often
 * the job runs; a family that has answered is not reminded.
 */
@Component
class FamilyReminders {

    static final String LOCK = "family-reminders";

    record Due(long id, long childId, LocalDate on) {
    }

    private final JdbcClient jdbc;
    private final FamilyNotices notices;
    private final NoticeWords words;
    private final StatutoryCalendar calendar;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final int days;

    FamilyReminders(JdbcClient jdbc, FamilyNotices notices, NoticeWords words, StatutoryCalendar calendar, Clock clock,
                    PlatformTransactionManager transactionManager,
                    @Value("${send.notifications.reminder-days:3}") int days) {
        if (days < 1 || days > 14) {
            throw new IllegalArgumentException("send.notifications.reminder-days must be from 1 to 14");
        }
        this.jdbc = jdbc;
        this.notices = notices;
        this.words = words;
        this.calendar = calendar;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.days = days;
    }

    /** The scheduled run (London time), on one instance at a time. */
    @Scheduled(cron = "${send.notifications.reminder-cron:0 0 7 * * *}", zone = "Europe/London")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    public void run() {
        remindAll();
    }

    /** Queues every reminder due today not queued before; returns how many emails were queued. */
    int remindAll() {
        LocalDate today = LocalDate.now(clock);
        int queued = 0;
        for (Due draft : draftsAwaitingComments(today)) {
            queued += transactions.execute(status -> notices.toFamily(draft.childId(), NoticeKind.DEADLINE_REMINDER,
                    "reminder:draft-comments:" + draft.id() + ":" + draft.on(), words.draftCommentsDue(draft.id(), draft.on())));
        }
        for (Due review : reviewsAwaitingViews(today)) {
            queued += transactions.execute(status -> notices.toFamily(review.childId(), NoticeKind.DEADLINE_REMINDER,
                    "reminder:review-views:" + review.id() + ":" + review.on(), words.reviewViewsDue(review.id(), review.on())));
        }
        for (Due plan : amendmentsAwaitingComments(today)) {
            queued += transactions.execute(status -> notices.toFamily(plan.childId(), NoticeKind.DEADLINE_REMINDER,
                    "reminder:amendment-comments:" + plan.id() + ":" + plan.on(), words.amendmentCommentsDue(plan.id(), plan.on())));
        }
        return queued;
    }

    /**
     * Plans with proposed amendments not yet answered by the family nor issued, whose comment window closes today or
     * within the reminder days. The window is the calendar's; the query narrows by the date proposed.
     */
    List<Due> amendmentsAwaitingComments(LocalDate today) {
        return jdbc.sql("""
                        select p.id, p.child_id, r.proposed_on from plan_review r join ehc_plan p on p.id = r.plan_id
                        join child c on c.id = p.child_id
                        where r.proposed_on between :from and :today and r.family_comments is null and r.amended_on is null
                          and p.ceased_on is null and c.merged_into_id is null
                        order by p.id""")
                .param("from", today.minusDays(60)).param("today", today)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list()
                .stream()
                .map(d -> new Due(d.id(), d.childId(), calendar.amendmentCommentsCloseOn(d.on())))
                .filter(d -> !d.on().isBefore(today) && !d.on().isAfter(today.plusDays(days)))
                .toList();
    }

    /**
     * Drafts issued and unanswered whose comment window closes today or within the reminder days. The window is
     * the calendar's; the query narrows by issue date (a window never closes before it opens, and the widest
     * window the calendar gives is well under 60 days) and the calendar decides.
     */
    List<Due> draftsAwaitingComments(LocalDate today) {
        return jdbc.sql("""
                        select a.id, a.child_id, a.draft_issued_on from needs_assessment a join child c on c.id = a.child_id
                        where a.stage = 'DRAFT_ISSUED' and a.draft_response_on is null and c.merged_into_id is null
                          and a.draft_issued_on between :from and :today
                        order by a.id""")
                .param("from", today.minusDays(60)).param("today", today)
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list()
                .stream()
                .map(d -> new Due(d.id(), d.childId(), calendar.draftCommentsCloseOn(d.on())))
                .filter(d -> !d.on().isBefore(today) && !d.on().isAfter(today.plusDays(days)))
                .toList();
    }

    /** Reviews of current plans, not yet decided, whose meeting is today or within the reminder days, without the family's views
     * (the parents', or the young person's own, given online). */
    List<Due> reviewsAwaitingViews(LocalDate today) {
        return jdbc.sql("""
                        select p.id, p.child_id, r.meeting_on from plan_review r join ehc_plan p on p.id = r.plan_id
                        join child c on c.id = p.child_id
                        where r.decision is null and r.parent_views is null and r.child_views_online_on is null and p.ceased_on is null
                          and c.merged_into_id is null and r.meeting_on between :today and :until
                        order by p.id""")
                .param("today", today).param("until", today.plusDays(days))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
    }
}
