package uk.send.pathway.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
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
import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.Relationship;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.domain.reference.SenProvision;
import uk.send.pathway.assessment.DemoCases;
import uk.send.pathway.plan.DemoPlans;

/**
 * For the demo parent (after the demo caseload): besides their two children (one with an open request, one with
 * an EHC plan), a third child in their care whose draft plan went out a few days ago and awaits their comments,
 * so that they can answer it online and the demo caseworker can see the answer arrive. Synthetic; once only.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("send.demo-data")
class FamilyDemoData implements ApplicationRunner {

    private static final int DRAFT_SENT_DAYS_AGO = 4;

    private static final Logger log = LoggerFactory.getLogger(FamilyDemoData.class);

    private final JdbcClient jdbc;
    private final DemoRoster roster;
    private final AccountService accounts;
    private final ChildDirectory children;
    private final DemoCases cases;
    private final DemoPlans plans;
    private final Clock clock;

    FamilyDemoData(JdbcClient jdbc, DemoRoster roster, AccountService accounts, ChildDirectory children, DemoCases cases,
                   DemoPlans plans, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.accounts = accounts;
        this.children = children;
        this.cases = cases;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // loaded once: the demo family's request marks it
        if (jdbc.sql("select count(*) from needs_assessment where reasons = :r").param("r", DemoCases.FAMILY_REASONS).query(Long.class).single() > 0) {
            return;
        }
        Optional<Long> parent = roster.accountId(DemoAccounts.PARENT);
        Optional<Viewer> admin = roster.accountId(DemoAccounts.ADMIN).flatMap(accounts::viewer);
        Optional<Long> caseworkerId = roster.accountId(DemoAccounts.CASEWORKER);
        Optional<Viewer> caseworker = caseworkerId.flatMap(accounts::viewer);
        if (parent.isEmpty() || admin.isEmpty() || caseworker.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        // not a child with a case or plan already, nor one already the demo parent's (a recorded duplicate, say)
        Set<Long> taken = Set.copyOf(jdbc.sql("""
                        select child_id from needs_assessment union select child_id from ehc_plan
                        union select child_id from carer where user_id = :parent""")
                .param("parent", parent.get()).query(Long.class).list());
        // a child at SEN Support with no case or plan yet, in the demo caseworker's footprints, old enough for school
        List<DemoRoster.RosterChild> candidates = roster.childrenWithProvision(EnumSet.of(SenProvision.K), today.minusYears(6));
        Optional<DemoRoster.RosterChild> child = candidates.stream()
                .filter(c -> !taken.contains(c.id()) && c.settingId() != null)
                .filter(c -> children.canSee(caseworker.get(), c.id())).findFirst();
        if (child.isEmpty()) {
            return;
        }
        long childId = child.get().id();
        children.addCarer(childId, new CarerDetails("Pat", "Parent", Relationship.GUARDIAN, true, null, null, null, parent.get()),
                admin.get());
        DemoCases.PlanFacts facts = cases.draftAwaitingComments(childId, child.get().settingId(), today, DRAFT_SENT_DAYS_AGO,
                caseworkerId.get(), DemoAccounts.CASEWORKER);
        plans.write(facts.assessmentId(), childId, facts.draftOn(), null, null, facts.advice(), DemoAccounts.CASEWORKER, today);
        log.info("Demo family: a draft plan awaiting the demo parent's comments");
    }
}
