package uk.send.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

/**
 * Sign-in throttling, in the database so that every instance sees it (table {@code sign_in_throttle}):
 * <ul>
 * <li><b>per client address</b>: {@link ThrottleSettings#addressMaxFailures()} wrong passwords from one address
 *     within the window, for any accounts, block the address for a while;</li>
 * <li><b>per account at an address</b>: {@link LockoutSettings#maxFailures()} consecutive wrong passwords for
 *     one account from one address lock that address out of that account, and no one else;</li>
 * <li><b>per account</b> ({@link AccountService#recordFailedSignIn}): many more, from any addresses, lock the account.</li>
 * </ul>
 * A refused attempt is not checked and not counted. Addresses are kept only as SHA-256 hashes.
 */
@Service
public class SignInThrottle {

    /** Why an attempt is refused before its password is checked. */
    public enum Refusal {
        /** Too many wrong passwords from this address: the sign-in page says so. */
        ADDRESS,
        /** Too many wrong passwords for this account from this address: answered as a wrong password. */
        ACCOUNT_AT_ADDRESS
    }

    /** What a row of {@code sign_in_throttle} counts (its coded column {@code kind}). */
    public enum Kind {
        /** Wrong passwords from one address, for any accounts. */
        ADDRESS,
        /** Consecutive wrong passwords for one account from one address. */
        ACCOUNT_AT_ADDRESS
    }

    private static final String ENTITY = "USER";

    private final JdbcClient jdbc;
    private final AccountService accounts;
    private final ThrottleSettings throttle;
    private final LockoutSettings lockout;
    private final AuditLog audit;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, AccountService accounts, ThrottleSettings throttle, LockoutSettings lockout,
                   AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.throttle = throttle;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether an attempt from this address for this email is refused unchecked; a refusal is audited. */
    @Transactional
    public Optional<Refusal> refusal(String address, String email) {
        Timestamp now = Timestamp.from(clock.instant());
        String hash = hash(address);
        boolean addressBlocked = jdbc.sql("""
                        select exists (select 1 from sign_in_throttle
                          where kind = 'ADDRESS' and address_hash = :h and blocked_until > :now)""")
                .param("h", hash).param("now", now).query(Boolean.class).single();
        if (addressBlocked) {
            audit.record((Viewer) null, AuditAction.SIGN_IN_THROTTLED, ENTITY, null, "too many wrong passwords from one address");
            return Optional.of(Refusal.ADDRESS);
        }
        Optional<Long> account = accountId(email);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        boolean pairBlocked = jdbc.sql("""
                        select exists (select 1 from sign_in_throttle where kind = 'ACCOUNT_AT_ADDRESS'
                          and address_hash = :h and account_id = :a and blocked_until > :now)""")
                .param("h", hash).param("a", account.get()).param("now", now).query(Boolean.class).single();
        if (pairBlocked) {
            audit.record(account.get(), normalise(email), AuditAction.SIGN_IN_THROTTLED, ENTITY, account.get(),
                    "locked out at one address");
            return Optional.of(Refusal.ACCOUNT_AT_ADDRESS);
        }
        return Optional.empty();
    }

    /** Counts a wrong password from this address (and for the account, if there is one with this email). */
    @Transactional
    public void recordFailure(String address, String email) {
        String hash = hash(address);
        int fromAddress = count(Kind.ADDRESS, hash, null, throttle.addressWindow(), throttle.addressMaxFailures(),
                throttle.addressBlock());
        if (fromAddress == throttle.addressMaxFailures()) {
            audit.record((Viewer) null, AuditAction.SIGN_IN_THROTTLED, ENTITY, null,
                    "address blocked for " + throttle.addressBlock());
        }
        Optional<Long> account = accountId(email);
        if (account.isPresent()) {
            int forAccount = count(Kind.ACCOUNT_AT_ADDRESS, hash, account.get(), lockout.duration(), lockout.maxFailures(),
                    lockout.duration());
            if (forAccount == lockout.maxFailures()) {
                audit.record(account.get(), normalise(email), AuditAction.ACCOUNT_LOCKED, ENTITY, account.get(),
                        "locked for " + lockout.duration() + " at one address");
            }
        }
        if (email != null && !email.isBlank()) {
            accounts.recordFailedSignIn(email);
        }
    }

    /** A successful sign-in clears the account's count at this address (not the address's own count). */
    @Transactional
    public void recordSuccess(String address, long accountId) {
        jdbc.sql("delete from sign_in_throttle where kind = 'ACCOUNT_AT_ADDRESS' and address_hash = :h and account_id = :a")
                .param("h", hash(address)).param("a", accountId).update();
    }

    /** Rows whose window and block have both ended say nothing any more: deleted every 10 minutes, on one instance. */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
    @SchedulerLock(name = "sign-in-throttle-cleanup", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1M")
    @Transactional
    public void cleanUp() {
        Instant now = clock.instant();
        Duration longestWindow = throttle.addressWindow().compareTo(lockout.duration()) > 0 ? throttle.addressWindow() : lockout.duration();
        jdbc.sql("delete from sign_in_throttle where window_started_at < :old and (blocked_until is null or blocked_until < :now)")
                .param("old", Timestamp.from(now.minus(longestWindow))).param("now", Timestamp.from(now)).update();
    }

    /** Adds one failure to a row (a fresh count once its window or block has ended); returns the count. */
    private int count(Kind kind, String hash, Long accountId, Duration window, int max, Duration block) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        insert into sign_in_throttle as t (kind, address_hash, account_id, failures, window_started_at, blocked_until)
                        values (:kind, :h, :a, 1, :now, case when 1 >= :max then cast(:until as timestamptz) end)
                        on conflict (kind, address_hash, (coalesce(account_id, 0))) do update set
                          failures = case when t.window_started_at <= :windowStart or t.blocked_until <= :now then 1 else t.failures + 1 end,
                          window_started_at = case when t.window_started_at <= :windowStart or t.blocked_until <= :now
                              then cast(:now as timestamptz) else t.window_started_at end,
                          blocked_until = case
                              when (case when t.window_started_at <= :windowStart or t.blocked_until <= :now then 1 else t.failures + 1 end) >= :max
                                  then cast(:until as timestamptz)
                              when t.blocked_until <= :now then null
                              else t.blocked_until end
                        returning failures""")
                .param("kind", kind.name()).param("h", hash).param("a", accountId, java.sql.Types.BIGINT)
                .param("now", Timestamp.from(now)).param("max", max).param("until", Timestamp.from(now.plus(block)))
                .param("windowStart", Timestamp.from(now.minus(window)))
                .query(Integer.class).single();
    }

    private Optional<Long> accountId(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id from app_user where email = :e").param("e", normalise(email)).query(Long.class).optional();
    }

    private static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    /** The address as stored: its SHA-256, so the table holds no IP address. */
    static String hash(String address) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("sign-in-throttle:" + address).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
