package uk.send.domain.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords lock an account, and for how long. A lock is first per client address: consecutive wrong
 * passwords for one account from one address lock that address out of that account, and its owner signing in
 * from anywhere else is not affected. Only many more wrong passwords for one account, from any addresses
 * (guessing spread over many machines), lock the account itself; its owner can still reset the password by
 * email, which unlocks it, or an administrator can.
 *
 * @param maxFailures        consecutive wrong passwords for one account from one address that lock that address out of it (default 5)
 * @param duration           how long a lock lasts (default 15 minutes)
 * @param accountMaxFailures consecutive wrong passwords for one account from any addresses that lock the account (default 50)
 */
@ConfigurationProperties("send.security.lockout")
public record LockoutSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration duration,
                              @DefaultValue("50") int accountMaxFailures) {

    public LockoutSettings {
        if (maxFailures < 1 || accountMaxFailures < 1) {
            throw new IllegalArgumentException("send.security.lockout.max-failures and account-max-failures must be at least 1");
        }
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("send.security.lockout.duration must be positive");
        }
    }
}
