package uk.send.domain.notifications;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, oldest first, after the commit that queued it. Each run first <em>claims</em> a
 * batch (one committed statement: {@code claimed_until} set, the attempt counted), then talks to the mail
 * server with no database transaction open, then marks each email sent in a transaction of its own. So:
 * <ul>
 * <li>never lost: an email is deleted by nothing; a failed attempt is tried again after
 *     {@code retry-delay × attempts}; a claim whose instance died expires after {@code claim-for} and is taken again;</li>
 * <li>never twice: a claimed row is skipped by every other run (and {@code for update skip locked} keeps two
 *     instances claiming at once apart), and a sent row is never claimed again; the one window left — the mail
 *     server accepted it and the instance died before marking it sent — resends it with the same Message-ID /
 *     Notify reference, so the receiving system can tell;</li>
 * <li>one instance: the scheduled run also holds a ShedLock lock, so only one instance polls at a time.</li>
 * </ul>
 * Logs nothing of an email: its body and address are personal.
 */
@Component
class OutboxDispatcher {

    static final String LOCK = "notification-outbox";
    static final String REDACTED = "[This email held a single-use sign-in link. It was removed once the email was sent.]";
    private static final int BATCH = 50;

    record Claimed(long id, String to, String subject, String body) {
        String reference() {
            return "send-outbox-" + id;
        }
    }

    private final JdbcClient jdbc;
    private final NotificationSender sender;
    private final Clock clock;
    private final MailSettings settings;
    private final TransactionTemplate transactions;
    private final String instance;

    OutboxDispatcher(JdbcClient jdbc, ObjectProvider<NotificationSender> senders, Clock clock, MailSettings settings,
                     PlatformTransactionManager transactionManager,
                     @Value("${send.scheduling.instance-name:}") String instanceName) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sender = senders.getIfAvailable(PageSender::new);
        String name = instanceName.isBlank() ? hostName() : instanceName;
        this.instance = name.length() > 100 ? name.substring(0, 100) : name;
    }

    /** The scheduled run, on one instance at a time. */
    @Scheduled(fixedDelayString = "${send.notifications.interval:PT1M}", initialDelayString = "${send.notifications.interval:PT1M}")
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT5M", lockAtLeastFor = "PT10S")
    public void dispatch() {
        int sent;
        do {
            sent = sendPending();
        } while (sent == BATCH);
    }

    /** Claims one batch and sends it; returns how many were claimed. */
    public int sendPending() {
        List<Claimed> claimed = claim();
        for (Claimed email : claimed) {
            deliver(email);
        }
        return claimed.size();
    }

    /**
     * Claims up to one batch of what is due, committed before anything is sent: rows never sent, under the
     * attempt limit, and not claimed by a run that is still within its claim.
     */
    List<Claimed> claim() {
        Instant now = clock.instant();
        return transactions.execute(status -> jdbc.sql("""
                        with due as (
                            select id from notification_outbox
                            where sent_at is null and attempts < :max and (claimed_until is null or claimed_until <= :now)
                            order by id limit :batch for update skip locked),
                        claimed as (
                            update notification_outbox o set claimed_until = :until, claimed_by = :by, attempts = o.attempts + 1
                            from due where o.id = due.id
                            returning o.id, o.account_id, o.subject, o.body)
                        select c.id, u.email, c.subject, c.body from claimed c join app_user u on u.id = c.account_id order by c.id""")
                .param("max", settings.maxAttempts()).param("now", Timestamp.from(now))
                .param("until", Timestamp.from(now.plus(settings.claimFor()))).param("by", instance)
                .param("batch", BATCH)
                .query((rs, n) -> new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4))).list());
    }

    /** Hands one claimed email to the sender and records the outcome in a transaction of its own. */
    void deliver(Claimed email) {
        try {
            sender.send(email.reference(), email.to(), new Email(email.subject(), email.body()));
        } catch (RuntimeException failed) {
            Instant now = clock.instant();
            transactions.executeWithoutResult(status -> jdbc.sql("""
                            update notification_outbox set claimed_until = :retry, claimed_by = null
                            where id = :id and sent_at is null""")
                    .param("retry", Timestamp.from(now.plus(settings.retryDelay().multipliedBy(attempts(email.id())))))
                    .param("id", email.id()).update());
            return;
        }
        markSent(email.id());
    }

    void markSent(long id) {
        boolean elsewhere = sender.channel() != Channel.PAGE;
        transactions.executeWithoutResult(status -> jdbc.sql("""
                        update notification_outbox set sent_at = :t, delivered_by = :channel, claimed_until = null,
                          body = case when redact_after_send and :elsewhere then :redacted else body end
                        where id = :id and sent_at is null""")
                .param("t", Timestamp.from(clock.instant())).param("channel", sender.channel().name())
                .param("elsewhere", elsewhere).param("redacted", REDACTED).param("id", id).update());
    }

    private int attempts(long id) {
        return jdbc.sql("select attempts from notification_outbox where id = :id").param("id", id).query(Integer.class).single();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }

    /** No mail service: each email is kept, whole, for the administrator's sent-mail page. */
    static final class PageSender implements NotificationSender {
        @Override
        public Channel channel() {
            return Channel.PAGE;
        }

        @Override
        public void send(String to, Email email) {
            // delivered nowhere, and logged nowhere: the address and the body are personal
        }
    }
}
