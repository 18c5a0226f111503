package uk.send.domain.notifications;

/**
 * Delivers one email. The default sends nothing (and logs nothing: the body is personal); a deployment
 * provides its own bean (SMTP, GOV.UK Notify) to deliver them. Throwing leaves the email in the outbox to be
 * tried again.
 */
public interface NotificationSender {

    void send(String to, Email email);
}
