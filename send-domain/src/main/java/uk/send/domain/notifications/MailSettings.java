package uk.send.domain.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How email is delivered ({@code send.mail.*}).
 *
 * @param sender           {@link Channel#PAGE} (default: kept for the administrator's page), {@code SMTP} or {@code NOTIFY}
 * @param from             the sender's address on SMTP email
 * @param messageIdDomain  the domain part of each SMTP email's Message-ID (stable per outbox row)
 * @param notifyApiKey     GOV.UK Notify API key (Notify only)
 * @param notifyTemplateId the Notify email template with the placeholders ((subject)) and ((body)) (Notify only)
 * @param claimFor         how long a dispatcher's claim on an email lasts before another run may take it again
 * @param retryDelay       how long after a failed attempt an email is tried again (times the attempts so far)
 * @param maxAttempts      attempts after which an email is left unsent for an administrator to see
 */
@ConfigurationProperties("send.mail")
public record MailSettings(@DefaultValue("PAGE") Channel sender,
                           @DefaultValue("no-reply@send.localhost") String from,
                           @DefaultValue("send.localhost") String messageIdDomain,
                           String notifyApiKey,
                           String notifyTemplateId,
                           @DefaultValue("5m") Duration claimFor,
                           @DefaultValue("1m") Duration retryDelay,
                           @DefaultValue("10") int maxAttempts) {

    public MailSettings {
        if (sender == Channel.NOTIFY && (notifyApiKey == null || notifyApiKey.isBlank()
                || notifyTemplateId == null || notifyTemplateId.isBlank())) {
            throw new IllegalArgumentException("send.mail.sender=NOTIFY needs send.mail.notify-api-key and send.mail.notify-template-id");
        }
        if (claimFor.isNegative() || claimFor.isZero() || retryDelay.isNegative() || maxAttempts < 1) {
            throw new IllegalArgumentException("send.mail.claim-for and send.mail.retry-delay must be positive, max-attempts at least 1");
        }
    }

    @Override
    public String toString() {
        return "MailSettings[sender=" + sender + "]";
    }
}
