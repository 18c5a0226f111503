package uk.send.pathway.demo;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NewAccount;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.demo.DemoAccounts;

/**
 * A demo adviser (after the demo caseload) with work to do: the outstanding educational psychology advice on
 * a few of the cases being assessed is addressed to their account. Loads only with {@code send.demo-data=true}
 * and only once (the account's presence marks it).
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("send.demo-data")
class AdviserDemoData implements ApplicationRunner {

    static final String EMAIL = "adviser@demo.send";
    static final String NAME = "Ade Adviser (demo)";
    /** Enough requests to show a list with dates in different states, not so many that nothing is left for others. */
    static final int REQUESTS = 6;
    /** Who creates the account, in the audit trail. */
    private static final Viewer SYSTEM = new Viewer(0, "demo data", Role.ADMIN, Set.of(), null);

    private static final Logger log = LoggerFactory.getLogger(AdviserDemoData.class);

    private final AccountService accounts;
    private final JdbcClient jdbc;

    AdviserDemoData(AccountService accounts, JdbcClient jdbc) {
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.forSignIn(EMAIL).isPresent()) {
            log.info("Demo adviser already present; nothing loaded");
            return;
        }
        AccountView adviser = accounts.create(new NewAccount(EMAIL, NAME, Role.ADVISER, null, Set.of(),
                DemoAccounts.PASSWORD), SYSTEM);
        // The demo cases were asked for advice before there were advisers' accounts; addressing some of the
        // outstanding requests to the demo adviser stands in for the caseworker choosing them when asking.
        int linked = jdbc.sql("""
                        update advice_request set adviser_id = :adviser
                        where id in (select r.id from advice_request r join needs_assessment a on a.id = r.assessment_id
                                     where a.stage = 'ASSESSING' and r.received_on is null and r.adviser_id is null
                                       and r.source = 'EDUCATIONAL_PSYCHOLOGY'
                                     order by r.due_on, r.id limit :limit)""")
                .param("adviser", adviser.id())
                .param("limit", REQUESTS)
                .update();
        log.info("Demo adviser loaded with {} advice requests", linked);
    }
}
