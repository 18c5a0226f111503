package uk.send.domain.access;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.internal.UserAccount;
import uk.send.domain.access.internal.UserAccountRepository;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.internal.NamesById;
import uk.send.domain.reference.internal.ReferenceEntities;
import uk.send.domain.reference.internal.Setting;

/**
 * Accounts: who may sign in, with which role and scope, and the lockout after repeated wrong passwords.
 */
@Service
public class AccountService {

    private static final String ENTITY = "USER";

    private final UserAccountRepository accounts;
    private final ReferenceEntities reference;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final LockoutSettings lockout;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, ReferenceEntities reference, PasswordEncoder passwordEncoder,
                   PasswordPolicy passwordPolicy, LockoutSettings lockout, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.reference = reference;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.lockout = lockout;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The details needed to check a sign-in; empty for an unknown address. */
    @Transactional(readOnly = true)
    public Optional<SignInAccount> forSignIn(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email))
                .map(a -> new SignInAccount(a.getId(), a.getEmail(), a.getPasswordHash(), a.getRole(),
                        a.isEnabled(), a.isLockedAt(clock.instant())));
    }

    /**
     * The enabled caseworkers whose footprints include the child's home: who is told of something due on the
     * child's record (a review overdue). Ids only.
     */
    @Transactional(readOnly = true)
    public List<Long> caseworkersCovering(long childId) {
        return jdbc.sql("""
                        select u.id from app_user u join app_user_footprint uf on uf.user_id = u.id
                        join child c on c.home_footprint_id = uf.footprint_id
                        where c.id = :child and u.role = 'CASEWORKER' and u.enabled order by u.id""")
                .param("child", childId).query(Long.class).list();
    }

    /** The signed-in person with their current scope, read afresh so that changes apply at once. */
    @Transactional(readOnly = true)
    public Optional<Viewer> viewer(long userId) {
        return accounts.findWithScope(userId).filter(UserAccount::isEnabled).map(UserAccount::toViewer);
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> find(long userId) {
        return accounts.findWithScope(userId).map(a -> AccountView.of(a, clock.instant()));
    }

    /** The display names of these accounts, in one statement: for pages naming several people. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> displayNames(java.util.Collection<Long> userIds) {
        return NamesById.of(jdbc, "select id, display_name from app_user where id = any(:ids)", userIds);
    }

    @Transactional(readOnly = true)
    public Page<AccountView> search(String query, Role role, Pageable pageable) {
        String q = query == null ? "" : query.trim().toLowerCase(java.util.Locale.ROOT);
        return accounts.search(q, role, pageable).map(a -> AccountView.of(a, clock.instant()));
    }

    /**
     * Whether the account exists, is enabled and has this role: for other modules that address work to an
     * account. Plain SQL, so that asking never flushes the caller's unsaved changes.
     */
    @Transactional(readOnly = true)
    public boolean isActive(long userId, Role role) {
        return jdbc.sql("select exists (select 1 from app_user where id = :id and role = :role and enabled)")
                .param("id", userId)
                .param("role", role.name())
                .query(Boolean.class)
                .single();
    }

    /** A successful sign-in clears the failure count. */
    @Transactional
    public void recordSignIn(long userId) {
        Instant now = clock.instant();
        jdbc.sql("update app_user set failed_attempts = 0, locked_until = null, last_sign_in_at = :now where id = :id")
                .param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .param("id", userId)
                .update();
        String email = accounts.findById(userId).map(UserAccount::getEmail).orElse(null);
        audit.record(userId, email, AuditAction.SIGNED_IN, ENTITY, userId, null);
    }

    /**
     * Counts a wrong password against the account (if there is one), from whichever address: after
     * {@link LockoutSettings#accountMaxFailures()} in a row the account itself is locked. (The lock of one
     * address out of one account, after fewer, is {@link SignInThrottle}'s.) The count and the lock are changed
     * in one statement, so concurrent attempts cannot slip past the limit. A lock that has expired
     * starts the count again.
     *
     * @return whether the account is now locked
     */
    @Transactional
    public boolean recordFailedSignIn(String email) {
        String normalised = UserAccount.normaliseEmail(email);
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), clock.getZone());
        OffsetDateTime until = now.plus(lockout.duration());
        Optional<FailedAttempt> result = jdbc.sql("""
                        update app_user set
                          failed_attempts = case when locked_until <= :now then 1 else failed_attempts + 1 end,
                          locked_until = case
                              when (case when locked_until <= :now then 1 else failed_attempts + 1 end) >= :max then :until
                              when locked_until <= :now then null
                              else locked_until end
                        where email = :email
                        returning id, failed_attempts""")
                .param("now", now)
                .param("until", until)
                .param("max", lockout.accountMaxFailures())
                .param("email", normalised)
                .query((rs, n) -> new FailedAttempt(rs.getLong("id"), rs.getInt("failed_attempts")))
                .optional();
        if (result.isEmpty()) {
            // No account: nothing to count. The address is not stored (it may be a mistyped password).
            audit.record((Viewer) null, AuditAction.SIGN_IN_FAILED, ENTITY, null, "unknown account");
            return false;
        }
        FailedAttempt attempt = result.get();
        audit.record(attempt.userId(), normalised, AuditAction.SIGN_IN_FAILED, ENTITY, attempt.userId(),
                "consecutive failures: " + attempt.failures());
        boolean lockedNow = attempt.failures() == lockout.accountMaxFailures();
        if (lockedNow) {
            audit.record(attempt.userId(), normalised, AuditAction.ACCOUNT_LOCKED, ENTITY, attempt.userId(),
                    "locked for " + lockout.duration());
        }
        return attempt.failures() >= lockout.accountMaxFailures();
    }

    @Transactional
    public AccountView create(NewAccount command, Viewer actor) {
        String email = UserAccount.normaliseEmail(command.email());
        if (accounts.existsByEmail(email)) {
            throw new EmailInUseException();
        }
        checkPassword(command.password(), email);
        UserAccount account = new UserAccount(email, command.displayName(), passwordEncoder.encode(command.password()),
                command.role(), clock.instant());
        assignScope(account, command.role(), command.settingId(), command.footprintIds());
        accounts.save(account);
        audit.record(actor, AuditAction.USER_CREATED, ENTITY, account.getId(), "role " + command.role());
        return AccountView.of(account, clock.instant());
    }

    /**
     * A parent's account made for an invitation: no password anyone knows (a random one, hashed, thrown away)
     * until its holder chooses one through the emailed first-sign-in link.
     */
    @Transactional
    public AccountView createInvitedParent(String email, String displayName, Viewer actor) {
        String normalised = UserAccount.normaliseEmail(email);
        if (accounts.existsByEmail(normalised)) {
            throw new EmailInUseException();
        }
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        UserAccount account = new UserAccount(normalised, displayName,
                passwordEncoder.encode(java.util.HexFormat.of().formatHex(secret)), Role.PARENT, clock.instant());
        assignScope(account, Role.PARENT, null, Set.of());
        accounts.save(account);
        audit.record(actor, AuditAction.USER_CREATED, ENTITY, account.getId(), "role PARENT, invited");
        return AccountView.of(account, clock.instant());
    }

    /**
     * A young person's own account, made for an invitation from their record and scoped to exactly that record;
     * like an invited parent's, no password anyone knows until they choose one through the emailed link.
     *
     * @throws EmailInUseException the address belongs to an account already
     */
    @Transactional
    public AccountView createInvitedYoungPerson(String email, String displayName, long childId, Viewer actor) {
        String normalised = UserAccount.normaliseEmail(email);
        if (accounts.existsByEmail(normalised)) {
            throw new EmailInUseException();
        }
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        UserAccount account = new UserAccount(normalised, displayName,
                passwordEncoder.encode(java.util.HexFormat.of().formatHex(secret)), Role.YOUNG_PERSON, clock.instant());
        account.assignYoungPerson(childId, clock.instant());
        accounts.save(account);
        audit.record(actor, AuditAction.USER_CREATED, ENTITY, account.getId(), "role YOUNG_PERSON, invited");
        return AccountView.of(account, clock.instant());
    }

    /** The account with this email address, if any. */
    @Transactional(readOnly = true)
    public Optional<AccountView> findByEmail(String email) {
        return accounts.findByEmail(UserAccount.normaliseEmail(email)).map(a -> AccountView.of(a, clock.instant()));
    }

    @Transactional
    public AccountView update(long userId, AccountChanges changes, Viewer actor) {
        UserAccount account = accounts.findWithScope(userId).orElseThrow(() -> new IllegalArgumentException("No such user"));
        if (account.getVersion() != changes.version()) {
            throw new org.springframework.dao.OptimisticLockingFailureException("The user was changed by someone else");
        }
        account.rename(changes.displayName(), clock.instant());
        if (changes.role() == Role.YOUNG_PERSON) {
            if (account.getRole() != Role.YOUNG_PERSON) {
                throw new IllegalArgumentException("A young person's account is made by invitation from their record");
            }
        } else {
            assignScope(account, changes.role(), changes.settingId(), changes.footprintIds());
        }
        account.setEnabled(changes.enabled(), clock.instant());
        audit.record(actor, AuditAction.USER_UPDATED, ENTITY, userId, "role " + changes.role() + (changes.enabled() ? "" : ", disabled"));
        return AccountView.of(account, clock.instant());
    }

    @Transactional
    public void changePassword(long userId, String newPassword, Viewer actor) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new IllegalArgumentException("No such user"));
        checkPassword(newPassword, account.getEmail());
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        audit.record(actor, AuditAction.PASSWORD_CHANGED, ENTITY, userId);
    }

    @Transactional
    public void unlock(long userId, Viewer actor) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new IllegalArgumentException("No such user"));
        account.unlock(clock.instant());
        // and every address that was locked out of it
        jdbc.sql("delete from sign_in_throttle where account_id = :id").param("id", userId).update();
        audit.record(actor, AuditAction.USER_UNLOCKED, ENTITY, userId);
    }

    /** The password policy's verdict, for forms that want to show problems before saving. */
    public List<PasswordProblem> checkPasswordProblems(String password, String email) {
        return passwordPolicy.check(password, email);
    }

    private void checkPassword(String password, String email) {
        List<PasswordProblem> problems = passwordPolicy.check(password, email);
        if (!problems.isEmpty()) {
            throw new PasswordRejectedException(problems);
        }
    }

    private void assignScope(UserAccount account, Role role, Long settingId, Set<Long> footprintIds) {
        Setting setting = role.isSettingScoped() && settingId != null ? reference.setting(settingId) : null;
        account.assign(role, setting, role.isFootprintScoped() ? reference.footprints(footprintIds) : Set.of(), clock.instant());
    }

    private record FailedAttempt(long userId, int failures) {
    }
}
