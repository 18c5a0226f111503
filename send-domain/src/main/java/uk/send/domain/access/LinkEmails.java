package uk.send.domain.access;

import java.time.Duration;

import uk.send.domain.notifications.Email;

/**
 * Writes the email that carries a single-use link (the web provides one in the service's own words; without
 * one, {@link #PLAIN} is used). The subject names no one.
 */
public interface LinkEmails {

    Email write(LinkPurpose purpose, String displayName, String link, Duration validFor);

    LinkEmails PLAIN = (purpose, name, link, validFor) -> new Email(
            purpose == LinkPurpose.INVITATION ? "Your account for the SEND service" : "Reset your password for the SEND service",
            "Use this link within " + validFor.toHours() + " hours to choose your password:\n\n" + link
                    + "\n\nIt works once. If you did not expect this email, you can ignore it.");
}
