package uk.send.domain.notifications;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, oldest first, on one instance at a time (ShedLock), each email marked sent in
 * the same transaction that sends it; a sender that fails leaves it (and counts the attempt) for the next run.
 * Logs nothing of an email: its body and address are personal.
 */
@Component
class OutboxDispatcher {

    static final String LOCK = "notification-outbox";
    private static final int BATCH = 50;
    private static final int MAX_ATTEMPTS = 10;

    private record Pending(long id, String to, String subject, String body) {
    }

    private final JdbcClient jdbc;
    private final NotificationSender sender;
    private final Clock clock;
    private final TransactionTemplate transactions;

    /** With no {@link NotificationSender} configured, emails are marked sent and delivered nowhere (nor logged). */
    OutboxDispatcher(JdbcClient jdbc, ObjectProvider<NotificationSender> senders, Clock clock,
                     PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.sender = senders.getIfAvailable(() -> (to, email) -> {
            // delivered nowhere, and logged nowhere: the address and the body are personal
        });
        this.clock = clock;
    }

    /** The scheduled run, on one instance at a time. */
    @Scheduled(fixedDelayString = "${send.notifications.interval:PT1M}", initialDelayString = "${send.notifications.interval:PT1M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void dispatch() {
        transactions.executeWithoutResult(status -> sendPending());
    }

    /** Sends one batch of what is queued, in the caller's transaction (the rows are locked until it ends). */
    public void sendPending() {
        List<Pending> pending = jdbc.sql("""
                        select o.id, u.email, o.subject, o.body from notification_outbox o join app_user u on u.id = o.account_id
                        where o.sent_at is null and o.attempts < :max order by o.id limit :batch for update of o skip locked""")
                .param("max", MAX_ATTEMPTS).param("batch", BATCH)
                .query((rs, n) -> new Pending(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        for (Pending p : pending) {
            try {
                sender.send(p.to(), new Email(p.subject(), p.body()));
                jdbc.sql("update notification_outbox set sent_at = :t, attempts = attempts + 1 where id = :id")
                        .param("t", Timestamp.from(clock.instant())).param("id", p.id()).update();
            } catch (RuntimeException failed) {
                jdbc.sql("update notification_outbox set attempts = attempts + 1 where id = :id").param("id", p.id()).update();
            }
        }
    }
}
