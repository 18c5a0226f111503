package uk.send.web.account;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import uk.send.domain.access.LinkEmails;
import uk.send.domain.access.LinkPurpose;
import uk.send.domain.notifications.Email;

/** The emails that carry a forgotten-password or first-sign-in link, in the service's words; subjects name no one. */
@Component
class AccountEmails implements LinkEmails {

    private final MessageSource messages;
    private final String council;

    AccountEmails(MessageSource messages, @Value("${send.council.name:Demo Borough Council}") String council) {
        this.messages = messages;
        this.council = council;
    }

    @Override
    public Email write(LinkPurpose purpose, String displayName, String link, Duration validFor) {
        String key = purpose == LinkPurpose.INVITATION ? "account.email.invitation" : "account.email.reset";
        String lasts = validFor.toDays() >= 1 ? text("account.email.days", validFor.toDays())
                : text("account.email.hours", Math.max(1, validFor.toHours()));
        return new Email(text(key + ".subject"), text(key + ".body", displayName, link, lasts, council));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, Locale.UK);
    }
}
