package uk.send.domain.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;

/** GOV.UK Notify: one template, the subject and body as its personalisation, the outbox row as the reference. */
class NotifySenderTest {

    @Test
    void an_email_goes_to_notify_through_the_one_template_with_the_outbox_reference() throws Exception {
        NotificationClientApi client = mock(NotificationClientApi.class);
        NotifySender sender = new NotifySender(client, "template-1");

        sender.send("send-outbox-42", "parent@example.test", new Email("Your draft plan", "The body"));

        verify(client).sendEmail("template-1", "parent@example.test",
                Map.of("subject", "Your draft plan", "body", "The body"), "send-outbox-42");
        assertThat(sender.channel()).isEqualTo(Channel.NOTIFY);
    }

    @Test
    void a_refusal_by_notify_leaves_the_email_to_be_tried_again_and_repeats_nothing_of_it() throws Exception {
        NotificationClientApi client = mock(NotificationClientApi.class);
        when(client.sendEmail(anyString(), anyString(), anyMap(), any()))
                .thenThrow(new NotificationClientException("parent@example.test is not allowed"));
        NotifySender sender = new NotifySender(client, "template-1");

        assertThatThrownBy(() -> sender.send("send-outbox-1", "parent@example.test", new Email("Subject", "Body")))
                .isInstanceOf(IllegalStateException.class).message().doesNotContain("parent@example.test");
    }

    @Test
    void notify_is_chosen_only_with_its_key_and_template() {
        assertThatThrownBy(() -> new MailSettings(Channel.NOTIFY, "from@example.test", "example.test", null, null,
                Duration.ofMinutes(5), Duration.ofMinutes(1), 10)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MailSettings(Channel.NOTIFY, "from@example.test", "example.test", "key", "template",
                Duration.ofMinutes(5), Duration.ofMinutes(1), 10).sender()).isEqualTo(Channel.NOTIFY);
    }
}
