package uk.send.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/**
 * An email exists exactly when the change it tells of was committed (it is written in that transaction), and
 * is handed to the sender once: a sender that fails leaves it queued for the next run, an instance that dies
 * after claiming it leaves it to be claimed again, and two instances running at once never both send it.
 */
@SpringBootTest(properties = {"send.notifications.interval=PT1H", "send.mail.retry-delay=0s"})
class NotificationOutboxTest {

    /** The sender the tests watch: it records each email, or fails while {@code failing} is set. */
    static final class RecordingSender implements NotificationSender {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failing;

        @Override
        public Channel channel() {
            return Channel.SMTP;
        }

        @Override
        public void send(String to, Email email) {
            if (failing) {
                throw new IllegalStateException("mail server down");
            }
            sent.add(to + "|" + email.subject());
        }
    }

    @TestConfiguration
    static class Sender {
        @Bean
        RecordingSender recordingSender() {
            return new RecordingSender();
        }
    }

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    RecordingSender sender;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Fixtures fixtures;

    @BeforeEach
    void senderWorks() {
        sender.failing = false;
    }

    private long unsent(long account) {
        return jdbc.sql("select count(*) from notification_outbox where account_id = :a and sent_at is null")
                .param("a", account).query(Long.class).single();
    }

    private long sentTo(AccountView account, String subject) {
        return sender.sent.stream().filter(s -> s.equals(account.email() + "|" + subject)).count();
    }

    private void queue(AccountView account, String subject) {
        transactions.executeWithoutResult(status -> notifications.queue(account.id(), new Email(subject, "Body")));
    }

    @Test
    void an_email_is_queued_only_inside_a_transaction() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        assertThatThrownBy(() -> notifications.queue(parent.id(), new Email("Subject", "Body")))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void an_email_rolled_back_with_its_change_is_never_sent() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        transactions.executeWithoutResult(status -> {
            notifications.queue(parent.id(), new Email("Rolled back", "Body"));
            status.setRollbackOnly();
        });
        assertThat(unsent(parent.id())).isZero();
    }

    @Test
    void a_committed_email_is_sent_once_and_a_failed_send_is_tried_again() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        queue(parent, "Your response");
        assertThat(unsent(parent.id())).isOne();

        sender.failing = true;
        dispatcher.sendPending();
        assertThat(unsent(parent.id())).as("left queued when the sender fails").isOne();

        sender.failing = false;
        dispatcher.sendPending();
        dispatcher.sendPending();
        assertThat(sentTo(parent, "Your response")).isOne();
        assertThat(unsent(parent.id())).isZero();
        assertThat(jdbc.sql("select delivered_by from notification_outbox where account_id = :a").param("a", parent.id())
                .query(String.class).single()).isEqualTo("SMTP");
    }

    @Test
    void an_email_committed_before_a_crash_and_never_handed_over_is_sent_exactly_once_after_the_restart() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        queue(parent, "Committed then crashed");
        // the instance claims it and dies before it reaches the mail server
        List<OutboxDispatcher.Claimed> claimed = dispatcher.claim();
        assertThat(claimed).extracting(OutboxDispatcher.Claimed::to).contains(parent.email());

        dispatcher.sendPending();
        assertThat(sentTo(parent, "Committed then crashed")).as("not taken while the dead instance's claim lasts").isZero();
        assertThat(unsent(parent.id())).isOne();

        // the claim runs out (send.mail.claim-for)
        jdbc.sql("update notification_outbox set claimed_until = claimed_until - interval '1 day' where account_id = :a")
                .param("a", parent.id()).update();
        dispatcher.sendPending();
        dispatcher.sendPending();

        assertThat(sentTo(parent, "Committed then crashed")).isOne();
        assertThat(unsent(parent.id())).isZero();
    }

    @Test
    void two_instances_sending_at_once_send_each_email_exactly_once() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        for (int i = 0; i < 40; i++) {
            queue(parent, "Email " + i);
        }
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(dispatcher::sendPending);
            }
            for (Future<Integer> run : instances.invokeAll(runs)) {
                run.get();
            }
        } finally {
            instances.shutdown();
        }
        for (int i = 0; i < 40; i++) {
            assertThat(sentTo(parent, "Email " + i)).as("email " + i).isOne();
        }
        assertThat(unsent(parent.id())).isZero();
    }

    @Test
    void an_email_that_fails_every_time_stops_being_tried_after_the_limit_and_stays_unsent() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        queue(parent, "Undeliverable");
        sender.failing = true;
        for (int i = 0; i < 12; i++) {
            dispatcher.sendPending();
        }
        assertThat(unsent(parent.id())).isOne();
        assertThat(jdbc.sql("select attempts from notification_outbox where account_id = :a").param("a", parent.id())
                .query(Integer.class).single()).isEqualTo(10);
    }

    @Test
    void a_link_email_delivered_elsewhere_keeps_no_copy_of_the_link() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        transactions.executeWithoutResult(status -> notifications.queueWithLink(parent.id(),
                new Email("Reset your password", "https://example.test/password/new?token=secret")));

        dispatcher.sendPending();

        assertThat(sentTo(parent, "Reset your password")).isOne();
        String body = jdbc.sql("select body from notification_outbox where account_id = :a").param("a", parent.id())
                .query(String.class).single();
        assertThat(body).doesNotContain("secret").isEqualTo(OutboxDispatcher.REDACTED);
    }

    @Test
    void the_outbox_is_listed_newest_first_with_the_address_read_from_the_account() {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        queue(parent, "Listed");
        OutboxEntry newest = notifications.outbox(org.springframework.data.domain.PageRequest.of(0, 5)).getContent().get(0);
        assertThat(newest.to()).isEqualTo(parent.email());
        assertThat(newest.subject()).isEqualTo("Listed");
        assertThat(notifications.email(newest.id())).get().extracting(OutboxEntry::body).isEqualTo("Body");
    }
}
