package uk.send.domain.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many wrong passwords in a row lock an account, and for how long.
 *
 * @param maxFailures consecutive failures that lock the account (default 5)
 * @param duration    how long it stays locked (default 15 minutes)
 */
@ConfigurationProperties("send.security.lockout")
public record LockoutSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration) {

    public LockoutSettings {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("send.security.lockout.max-failures must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("send.security.lockout.duration must be positive");
        }
    }
}
