package uk.send.domain.notifications;

/**
 * Delivers one email. Which one is used is configuration ({@code send.mail.sender}: {@link Channel}); with
 * none configured, email is kept for the administrator's sent-mail page and delivered nowhere. Throwing leaves
 * the email in the outbox to be tried again. A sender logs nothing of an email: address and body are personal.
 */
public interface NotificationSender {

    /** Which channel this sender is, recorded against each email it delivers. */
    Channel channel();

    void send(String to, Email email);

    /**
     * Delivers one email from the outbox; {@code reference} is the outbox row's own and the same on every
     * attempt, so a receiving system that sees it twice can tell (SMTP's Message-ID, Notify's reference).
     */
    default void send(String reference, String to, Email email) {
        send(to, email);
    }
}
