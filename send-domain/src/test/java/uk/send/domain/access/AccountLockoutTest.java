package uk.send.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.testing.Fixtures;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

@SpringBootTest
class AccountLockoutTest {

    @Autowired
    AccountService accounts;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LockoutSettings lockout;

    /** Wrong passwords in a row, from any addresses, that lock the account itself. */
    private int max() {
        return lockout.accountMaxFailures();
    }

    @Test
    void one_wrong_password_fewer_than_the_limit_does_not_lock_the_account() {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());

        for (int i = 0; i < max() - 1; i++) {
            assertThat(accounts.recordFailedSignIn(user.email())).isFalse();
        }

        assertThat(accounts.forSignIn(user.email())).get().extracting(SignInAccount::locked).isEqualTo(false);
    }

    @Test
    void the_last_consecutive_wrong_password_up_to_the_limit_locks_the_account_and_is_audited() {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());

        for (int i = 0; i < max() - 1; i++) {
            accounts.recordFailedSignIn(user.email());
        }
        assertThat(accounts.recordFailedSignIn(user.email())).isTrue();

        assertThat(accounts.forSignIn(user.email())).get().extracting(SignInAccount::locked).isEqualTo(true);
        assertThat(audit.forEntity("USER", user.id())).extracting(e -> e.action())
                .contains(AuditAction.SIGN_IN_FAILED, AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void a_successful_sign_in_resets_the_count() {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        for (int i = 0; i < max() - 1; i++) {
            accounts.recordFailedSignIn(user.email());
        }

        accounts.recordSignIn(user.id());

        assertThat(accounts.recordFailedSignIn(user.email())).isFalse();
        assertThat(audit.forEntity("USER", user.id())).extracting(e -> e.action()).contains(AuditAction.SIGNED_IN);
    }

    @Test
    void a_lock_that_has_expired_lets_the_person_try_again_with_a_fresh_count() {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        for (int i = 0; i < max(); i++) {
            accounts.recordFailedSignIn(user.email());
        }
        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where id = :id").param("id", user.id()).update();

        assertThat(accounts.forSignIn(user.email())).get().extracting(SignInAccount::locked).isEqualTo(false);
        assertThat(accounts.recordFailedSignIn(user.email())).isFalse();
    }

    @Test
    void concurrent_wrong_passwords_cannot_slip_past_the_limit() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < max(); i++) {
                attempts.add(() -> accounts.recordFailedSignIn(user.email()));
            }
            List<Future<Boolean>> results = pool.invokeAll(attempts);
            long lockedAnswers = 0;
            for (Future<Boolean> r : results) {
                lockedAnswers += r.get() ? 1 : 0;
            }
            assertThat(lockedAnswers).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        assertThat(accounts.forSignIn(user.email())).get().extracting(SignInAccount::locked).isEqualTo(true);
    }

    @Test
    void an_unknown_address_is_counted_against_no_one() {
        assertThat(accounts.recordFailedSignIn("nobody-" + Fixtures.next() + "@example.test")).isFalse();
    }
}
