package uk.send.domain.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Emailed sign-in links ({@code send.links.*}).
 *
 * @param baseUrl            the service's public address, the start of every emailed link (never taken from a
 *                           request's Host header, which a caller chooses)
 * @param resetValidFor      how long a forgotten-password link works (default 1 hour)
 * @param invitationValidFor how long an invitation's first-sign-in link works (default 7 days)
 * @param resendAfter        a second forgotten-password email for one account is not sent sooner than this
 */
@ConfigurationProperties("send.links")
public record LinkSettings(@DefaultValue("http://localhost:8080") String baseUrl,
                           @DefaultValue("1h") Duration resetValidFor,
                           @DefaultValue("7d") Duration invitationValidFor,
                           @DefaultValue("2m") Duration resendAfter) {

    public LinkSettings {
        if (!baseUrl.startsWith("https://") && !baseUrl.startsWith("http://")) {
            throw new IllegalArgumentException("send.links.base-url must be an http(s) address");
        }
        baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        if (resetValidFor.isNegative() || resetValidFor.isZero() || invitationValidFor.isNegative()
                || invitationValidFor.isZero() || resendAfter.isNegative()) {
            throw new IllegalArgumentException("send.links durations must be positive");
        }
    }

    public Duration validFor(LinkPurpose purpose) {
        return purpose == LinkPurpose.INVITATION ? invitationValidFor : resetValidFor;
    }
}
