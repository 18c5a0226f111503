package uk.send.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
 * is handed to the sender once: a sender that fails leaves it queued for the next run.
 */
@SpringBootTest(properties = "send.notifications.interval=PT1H")
class NotificationOutboxTest {

    /** The sender the tests watch: it records each email, or fails while {@code failing} is set. */
    static final class RecordingSender implements NotificationSender {
        final List<String> sent = new ArrayList<>();
        boolean failing;

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

    /** One run of the dispatcher's work (the scheduled run adds only the cluster lock, held for at least 10 s). */
    private void send() {
        transactions.executeWithoutResult(status -> dispatcher.sendPending());
    }

    private long unsent(long account) {
        return jdbc.sql("select count(*) from notification_outbox where account_id = :a and sent_at is null")
                .param("a", account).query(Long.class).single();
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
        transactions.executeWithoutResult(status -> notifications.queue(parent.id(), new Email("Your response", "Body")));
        assertThat(unsent(parent.id())).isOne();

        sender.failing = true;
        send();
        assertThat(unsent(parent.id())).as("left queued when the sender fails").isOne();

        sender.failing = false;
        send();
        send();
        assertThat(sender.sent).containsOnlyOnce(parent.email() + "|Your response");
        assertThat(unsent(parent.id())).isZero();
    }
}
