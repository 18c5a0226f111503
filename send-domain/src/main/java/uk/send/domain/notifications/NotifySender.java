package uk.send.domain.notifications;

import java.util.Map;

import uk.gov.service.notify.NotificationClientApi;
import uk.gov.service.notify.NotificationClientException;

/**
 * Email through GOV.UK Notify: one template whose subject is ((subject)) and body ((body)); the outbox row's
 * reference goes with each email, so Notify's records show a retry as the same email.
 */
final class NotifySender extends ReferencedSender {

    private final NotificationClientApi client;
    private final String templateId;

    NotifySender(NotificationClientApi client, String templateId) {
        super(Channel.NOTIFY);
        this.client = client;
        this.templateId = templateId;
    }

    @Override
    public void send(String reference, String to, Email email) {
        try {
            client.sendEmail(templateId, to, Map.of("subject", email.subject(), "body", email.body()), reference);
        } catch (NotificationClientException e) {
            // the status only: Notify's message may repeat the address
            throw new IllegalStateException("GOV.UK Notify refused the email (HTTP " + e.getHttpResult() + ")");
        }
    }
}
