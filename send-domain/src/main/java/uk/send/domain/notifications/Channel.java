package uk.send.domain.notifications;

/**
 * How queued email leaves the service: kept on the administrator's page only (the demo and any deployment
 * without a mail service), through an SMTP server, or through GOV.UK Notify. Chosen by {@code send.mail.sender}.
 */
public enum Channel {
    /** Delivered nowhere: an administrator reads it on the sent-mail page. */
    PAGE,
    /** Through the SMTP server in {@code spring.mail.*}. */
    SMTP,
    /** Through GOV.UK Notify, one email template whose subject and body are the placeholders ((subject)) and ((body)). */
    NOTIFY
}
