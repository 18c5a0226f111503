package uk.send.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/** With {@code send.mail.sender=SMTP}, queued email reaches a real SMTP server (GreenMail), once, after the commit. */
@SpringBootTest(properties = {"send.notifications.interval=PT1H", "send.mail.sender=SMTP",
        "send.mail.from=send@council.example", "spring.mail.host=127.0.0.1"})
class SmtpSenderTest {

    private static final int PORT = freePort();

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    Notifications notifications;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    NotificationSender sender;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_configured_sender_is_smtp() {
        assertThat(sender.channel()).isEqualTo(Channel.SMTP);
    }

    @Test
    void a_committed_email_arrives_once_by_smtp_with_a_message_id_fixed_to_its_outbox_row() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        transactions.executeWithoutResult(status -> notifications.queue(parent.id(), new Email("Your draft plan", "Hello\nThe body")));
        long id = jdbc.sql("select id from notification_outbox where account_id = :a").param("a", parent.id()).query(Long.class).single();

        dispatcher.sendPending();
        dispatcher.sendPending();

        MimeMessage[] received = smtp.getReceivedMessagesForDomain(parent.email().substring(parent.email().indexOf('@') + 1));
        assertThat(received).filteredOn(m -> recipient(m).equals(parent.email())).hasSize(1);
        MimeMessage message = java.util.Arrays.stream(received).filter(m -> recipient(m).equals(parent.email())).findFirst().orElseThrow();
        assertThat(message.getSubject()).isEqualTo("Your draft plan");
        assertThat(message.getFrom()[0].toString()).isEqualTo("send@council.example");
        assertThat(GreenMailUtil.getBody(message)).contains("The body");
        assertThat(message.getMessageID()).isEqualTo("<send-outbox-" + id + "@send.localhost>");
    }

    private static String recipient(MimeMessage m) {
        try {
            return m.getAllRecipients()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
