package uk.send.domain.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling per client address ({@code send.security.throttle.*}): wrong passwords from one address,
 * for any accounts (known or not), within a window; past the limit, every sign-in from that address is refused
 * for a while without its password being checked, so spraying passwords across accounts is slowed and counts
 * against no account.
 *
 * @param addressMaxFailures wrong passwords from one address within the window that block it (default 20)
 * @param addressWindow      the window (default 15 minutes)
 * @param addressBlock       how long the address is then refused (default 15 minutes)
 */
@ConfigurationProperties("send.security.throttle")
public record ThrottleSettings(@DefaultValue("20") int addressMaxFailures, @DefaultValue("15m") Duration addressWindow,
                               @DefaultValue("15m") Duration addressBlock) {

    public ThrottleSettings {
        if (addressMaxFailures < 1 || addressWindow.isNegative() || addressWindow.isZero()
                || addressBlock.isNegative() || addressBlock.isZero()) {
            throw new IllegalArgumentException("send.security.throttle needs a positive limit, window and block");
        }
    }
}
