package uk.send.domain.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.notifications.Notifications;

/**
 * Single-use, time-limited links by email: "forgotten your password?" and an invited account's first sign-in.
 * A link carries 256 random bits; only their SHA-256 is stored, so the table cannot be used to sign in. A link
 * works once (the row is marked used in the statement that checks it), only until it expires, and setting a
 * password through it withdraws the account's other links, clears its lockout, and is audited. No password is
 * ever emailed, and asking for a link answers the same whether or not the account exists.
 */
@Service
public class AccountLinks {

    private static final String ENTITY = "USER";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LinkSettings settings;
    private final ObjectProvider<LinkEmails> emails;
    private final AuditLog audit;
    private final Clock clock;

    AccountLinks(JdbcClient jdbc, Notifications notifications, PasswordEncoder passwordEncoder, PasswordPolicy passwordPolicy,
                 LinkSettings settings, ObjectProvider<LinkEmails> emails, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.settings = settings;
        this.emails = emails;
        this.audit = audit;
        this.clock = clock;
    }

    private record Holder(long id, String email, String displayName) {
    }

    /**
     * Emails a forgotten-password link to the account with this address, if there is an enabled one and it was
     * not sent one moments ago; otherwise does nothing. The caller shows the same answer either way.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        String normalised = email == null ? "" : email.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Holder> holder = jdbc.sql("select id, email, display_name from app_user where email = :e and enabled")
                .param("e", normalised)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
        if (holder.isEmpty()) {
            // the address is not stored: it may be anyone's, mistyped
            audit.record((Viewer) null, AuditAction.PASSWORD_RESET_REQUESTED, ENTITY, null, "no such account");
            return;
        }
        Holder account = holder.get();
        Instant now = clock.instant();
        boolean justSent = jdbc.sql("""
                        select exists (select 1 from account_token where account_id = :a and purpose = 'PASSWORD_RESET'
                          and used_at is null and created_at > :since)""")
                .param("a", account.id()).param("since", Timestamp.from(now.minus(settings.resendAfter())))
                .query(Boolean.class).single();
        if (justSent) {
            audit.record(account.id(), account.email(), AuditAction.PASSWORD_RESET_REQUESTED, ENTITY, account.id(),
                    "not sent again so soon");
            return;
        }
        send(account, LinkPurpose.PASSWORD_RESET);
        audit.record(account.id(), account.email(), AuditAction.PASSWORD_RESET_REQUESTED, ENTITY, account.id(), "link sent");
    }

    /** Emails an account its first-sign-in link (an invitation), withdrawing any earlier invitation. */
    @Transactional
    public void invite(long accountId, Viewer actor) {
        Holder account = jdbc.sql("select id, email, display_name from app_user where id = :id and enabled")
                .param("id", accountId)
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3))).optional()
                .orElseThrow(() -> new IllegalArgumentException("No such account"));
        jdbc.sql("update account_token set used_at = :now where account_id = :a and purpose = 'INVITATION' and used_at is null")
                .param("now", Timestamp.from(clock.instant())).param("a", accountId).update();
        send(account, LinkPurpose.INVITATION);
        audit.record(actor, AuditAction.ACCOUNT_INVITED, ENTITY, accountId, null);
    }

    /** What a link is for, if it still works (for the page that asks for the new password); uses nothing. */
    @Transactional(readOnly = true)
    public Optional<LinkPurpose> check(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("select purpose from account_token where token_hash = :h and used_at is null and expires_at > :now")
                .param("h", hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> LinkPurpose.valueOf(rs.getString(1))).optional();
    }

    /** The password problems the new password would have for the link's account (empty for a link that does not work). */
    @Transactional(readOnly = true)
    public List<PasswordProblem> passwordProblems(String token, String password) {
        return holderOf(token).map(h -> passwordPolicy.check(password, h.email())).orElse(List.of());
    }

    /**
     * Sets the account's password through a link, which is then used up; the account's other links are
     * withdrawn and its lockout cleared.
     *
     * @throws InvalidLinkException     the link is unknown, used or expired
     * @throws PasswordRejectedException the password breaks the rules (the link still works)
     */
    @Transactional
    public LinkPurpose setPassword(String token, String password) {
        Holder account = holderOf(token).orElseThrow(InvalidLinkException::new);
        List<PasswordProblem> problems = passwordPolicy.check(password, account.email());
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
        Instant now = clock.instant();
        Optional<LinkPurpose> used = jdbc.sql("""
                        update account_token set used_at = :now
                        where token_hash = :h and used_at is null and expires_at > :now returning purpose""")
                .param("now", Timestamp.from(now)).param("h", hash(token))
                .query((rs, n) -> LinkPurpose.valueOf(rs.getString(1))).optional();
        if (used.isEmpty()) {
            throw new InvalidLinkException();
        }
        jdbc.sql("update account_token set used_at = :now where account_id = :a and used_at is null")
                .param("now", Timestamp.from(now)).param("a", account.id()).update();
        jdbc.sql("""
                        update app_user set password_hash = :p, failed_attempts = 0, locked_until = null,
                          updated_at = :now, version = version + 1 where id = :a""")
                .param("p", passwordEncoder.encode(password)).param("now", Timestamp.from(now)).param("a", account.id())
                .update();
        jdbc.sql("delete from sign_in_throttle where account_id = :a").param("a", account.id()).update();
        audit.record(account.id(), account.email(), AuditAction.PASSWORD_SET_BY_LINK, ENTITY, account.id(),
                used.get().name());
        return used.get();
    }

    private Optional<Holder> holderOf(String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        select u.id, u.email, u.display_name from account_token t join app_user u on u.id = t.account_id
                        where t.token_hash = :h and t.used_at is null and t.expires_at > :now and u.enabled""")
                .param("h", hash(token)).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new Holder(rs.getLong(1), rs.getString(2), rs.getString(3))).optional();
    }

    private void send(Holder account, LinkPurpose purpose) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.sql("""
                        insert into account_token (account_id, purpose, token_hash, created_at, expires_at)
                        values (:a, :p, :h, :now, :until)""")
                .param("a", account.id()).param("p", purpose.name()).param("h", hash(token))
                .param("now", Timestamp.from(now)).param("until", Timestamp.from(now.plus(settings.validFor(purpose))))
                .update();
        String link = settings.baseUrl() + "/password/new?token=" + token;
        notifications.queueWithLink(account.id(),
                emails.getIfAvailable(() -> LinkEmails.PLAIN).write(purpose, account.displayName(), link, settings.validFor(purpose)));
    }

    /** A token as this class makes them: 43 characters of base64url. Anything else is not looked up. */
    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
