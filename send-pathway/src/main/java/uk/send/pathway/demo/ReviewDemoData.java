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
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.pathway.plan.DemoPlans;

/**
 * The demo plans' annual reviews (after the plans themselves): reviews held on time, overdue, due this month and
 * next, one mid-review in the demo caseworker's footprints, and one the demo parent is asked for views on.
 * Synthetic; loads only with {@code send.demo-data=true} and only once.
 */
@Component
@Order(3)
@ConditionalOnBooleanProperty("send.demo-data")
class ReviewDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ReviewDemoData.class);

    private final JdbcClient jdbc;
    private final DemoPlans plans;
    private final DemoRoster roster;
    private final AccountService accounts;
    private final ChildDirectory children;
    private final Clock clock;

    ReviewDemoData(JdbcClient jdbc, DemoPlans plans, DemoRoster roster, AccountService accounts, ChildDirectory children,
                   Clock clock) {
        this.jdbc = jdbc;
        this.plans = plans;
        this.roster = roster;
        this.accounts = accounts;
        this.children = children;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (jdbc.sql("select count(*) from plan_review").query(Long.class).single() > 0) {
            log.info("Demo reviews already present; nothing loaded");
            return;
        }
        Optional<Viewer> caseworker = roster.accountId(DemoAccounts.CASEWORKER).flatMap(accounts::viewer);
        Optional<Long> parent = roster.accountId(DemoAccounts.PARENT);
        if (caseworker.isEmpty()) {
            return;
        }
        Set<Long> family = parent.isEmpty() ? Set.of() : Set.copyOf(jdbc.sql(
                        "select child_id from carer where user_id = :parent").param("parent", parent.get())
                .query(Long.class).list());
        int written = plans.writeReviews(LocalDate.now(clock), child -> children.canSee(caseworker.get(), child), family,
                DemoAccounts.CASEWORKER);
        log.info("Demo reviews loaded: {}", written);
    }
}
