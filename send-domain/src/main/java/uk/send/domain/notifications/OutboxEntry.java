package uk.send.domain.notifications;

import java.time.Instant;

/**
 * One email in the outbox as the administrator's sent-mail page shows it.
 *
 * @param body        the text (null in lists)
 * @param deliveredBy how it left (null while unsent)
 */
public record OutboxEntry(long id, String to, String subject, String body, Instant createdAt, Instant sentAt,
                          int attempts, Channel deliveredBy) {

    public boolean sent() {
        return sentAt != null;
    }
}
