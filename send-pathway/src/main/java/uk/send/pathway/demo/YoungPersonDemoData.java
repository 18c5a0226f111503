package uk.send.pathway.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.demo.DemoAccounts;

/**
 * The demo young person ({@value #EMAIL}): a synthetic demo child aged 17 who lives in the demo caseworker's
 * footprint and has an EHC plan in force (or, failing that, any demo child of 17 there) holds their own account,
 * as a caseworker's invitation would make it, with the demo password. Loads after the demo plans, only with
 * {@code send.demo-data=true} and only once (the account's presence marks it).
 */
@Component
@Order(4)
@ConditionalOnBooleanProperty("send.demo-data")
class YoungPersonDemoData implements ApplicationRunner {

    static final String EMAIL = DemoAccounts.YOUNG_PERSON;
    private static final Viewer SYSTEM = new Viewer(0, "demo data", Role.ADMIN, Set.of(), null);
    private static final Logger log = LoggerFactory.getLogger(YoungPersonDemoData.class);

    private final AccountService accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final Clock clock;

    YoungPersonDemoData(AccountService accounts, JdbcClient jdbc, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.forSignIn(EMAIL).isPresent()) {
            log.info("Demo young person already present; nothing loaded");
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Optional<Long> child = jdbc.sql("""
                        select c.id from child c join footprint f on f.id = c.home_footprint_id
                        left join ehc_plan p on p.child_id = c.id and p.ceased_on is null
                        where c.merged_into_id is null and f.code = 'NORTH'
                          and c.date_of_birth > :eighteen and c.date_of_birth <= :seventeen
                          and not exists (select 1 from carer k join app_user u on u.id = k.user_id
                                          where k.child_id = c.id and u.email = :parent)
                          and not exists (select 1 from app_user u where u.child_id = c.id)
                        order by (p.id is null), c.id limit 1""")
                .param("eighteen", today.minusYears(18)).param("seventeen", today.minusYears(17))
                .param("parent", DemoAccounts.PARENT)
                .query(Long.class).optional();
        if (child.isEmpty()) {
            log.info("No demo child of 17 in the north; no demo young person loaded");
            return;
        }
        AccountView account = accounts.createInvitedYoungPerson(EMAIL, "Jo Young (demo)", child.get(), SYSTEM);
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(DemoAccounts.PASSWORD)).param("id", account.id()).update();
        log.info("Demo young person loaded");
    }
}
