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
import uk.send.pathway.plan.DemoPlans;

/**
 * The demo young person ({@value #EMAIL}): a synthetic demo child aged 17 who lives in the demo caseworker's
 * footprint and has a final EHC plan in force, with no case open and no review in progress (or, failing that, a
 * demo child of 17 there at a setting with no plan, given the plan they already had), holds their own account, as a caseworker's invitation would make it, with the demo
 * password; their plan's annual review meeting is arranged today for two weeks ahead (the notice of reg 20(3)), so
 * they can give their own views online. Loads after the demo plans and reviews, only with
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
    private final DemoPlans plans;
    private final Clock clock;

    YoungPersonDemoData(AccountService accounts, JdbcClient jdbc, PasswordEncoder passwords, DemoPlans plans,
                        Clock clock) {
        this.accounts = accounts;
        this.plans = plans;
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
        // a child with a final plan in force and no review in progress, the one whose review falls due soonest from
        // today (so the review arranged below is the annual one coming up); failing that, a child of 17 at a setting
        // with no plan yet, who is given the plan they already had. Never one with a case open, a draft plan or a
        // review under way, so their account tells one story: a final plan in force, and views asked for its review.
        Optional<Long> child = jdbc.sql("""
                        select c.id from child c join footprint f on f.id = c.home_footprint_id
                        left join ehc_plan p on p.child_id = c.id and p.ceased_on is null
                        where c.merged_into_id is null and f.code = 'NORTH'
                          and c.date_of_birth > :eighteen and c.date_of_birth <= :seventeen
                          and (p.id is null and c.setting_id is not null or p.review_due_on is not null
                               and not exists (select 1 from plan_review r where r.plan_id = p.id and r.status <> 'COMPLETED'))
                          and not exists (select 1 from needs_assessment a where a.child_id = c.id
                                          and a.stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED'))
                          and not exists (select 1 from carer k join app_user u on u.id = k.user_id
                                          where k.child_id = c.id and u.email = :parent)
                          and not exists (select 1 from app_user u where u.child_id = c.id)
                        order by (p.id is null), (p.review_due_on < :today), p.review_due_on, c.id limit 1""")
                .param("eighteen", today.minusYears(18)).param("seventeen", today.minusYears(17))
                .param("parent", DemoAccounts.PARENT).param("today", today)
                .query(Long.class).optional();
        if (child.isEmpty()) {
            log.info("No demo child of 17 in the north; no demo young person loaded");
            return;
        }
        AccountView account = accounts.createInvitedYoungPerson(EMAIL, "Jo Young (demo)", child.get(), SYSTEM);
        jdbc.sql("update app_user set password_hash = :hash where id = :id")
                .param("hash", passwords.encode(DemoAccounts.PASSWORD)).param("id", account.id()).update();
        boolean hasPlan = jdbc.sql("select count(*) from ehc_plan where child_id = :c and ceased_on is null")
                .param("c", child.get()).query(Long.class).single() > 0;
        if (!hasPlan) {
            // the plan they already had, issued 11 months ago (its annual review falls due next month)
            long setting = jdbc.sql("select setting_id from child where id = :c").param("c", child.get())
                    .query(Long.class).single();
            plans.writeExisting(child.get(), setting, today.minusMonths(11), DemoAccounts.CASEWORKER);
        }
        boolean invited = plans.arrangeReviewForViews(child.get(), today, DemoAccounts.CASEWORKER);
        log.info("Demo young person loaded{}", invited ? ", with a review meeting arranged for their views" : "");
    }
}
