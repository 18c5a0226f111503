/**
 * Emails to account holders through an outbox: a module queues one inside the transaction of the change it
 * tells of ({@link uk.send.domain.notifications.Notifications}); after the commit the dispatcher hands it to the
 * configured {@link uk.send.domain.notifications.NotificationSender} (with none configured, nothing is delivered).
 */
@org.springframework.modulith.NamedInterface("notifications")
package uk.send.domain.notifications;
