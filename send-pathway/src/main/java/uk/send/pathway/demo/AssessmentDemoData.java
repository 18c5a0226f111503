package uk.send.pathway.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.children.ChildDirectory;
import uk.send.domain.demo.DemoAccounts;
import uk.send.domain.demo.DemoRoster;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingView;
import uk.send.pathway.assessment.DemoCases;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.PlanFinalised;

/**
 * The demo caseload (after the reference demo data): EHC needs assessments at every stage, some overdue,
 * some on time, some with reg 10(4) exceptions, for children in every footprint. Synthetic; loads only with
 * {@code send.demo-data=true} and only once.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("send.demo-data")
class AssessmentDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

    private final JdbcClient jdbc;
    private final DemoCases cases;
    private final DemoPlans plans;
    private final ChildDirectory childDirectory;
    private final DemoRoster roster;
    private final ReferenceData reference;
    private final Clock clock;

    AssessmentDemoData(JdbcClient jdbc, DemoCases cases, DemoPlans plans, ChildDirectory childDirectory, DemoRoster roster,
                       ReferenceData reference, Clock clock) {
        this.childDirectory = childDirectory;
        this.roster = roster;
        this.reference = reference;
        this.jdbc = jdbc;
        this.cases = cases;
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // loaded once: the demo caseworker's own requests mark it (other people's cases do not count)
        if (jdbc.sql("select count(*) from assessment_event where type = 'REQUEST_RECEIVED' and actor = :demo")
                .param("demo", DemoAccounts.CASEWORKER).query(Long.class).single() > 0) {
            log.info("Demo assessments already present; nothing loaded");
            return;
        }
        long started = System.nanoTime();
        Long caseworkerId = roster.accountId(DemoAccounts.CASEWORKER).orElse(null);
        if (caseworkerId == null) {
            return;
        }
        // children with an EHC plan or at SEN Support, by home footprint, so that every caseworker has a caseload
        // (and not a child whose case is already open: one open case a child, whoever opened it)
        Set<Long> childrenWithPlans = Set.copyOf(jdbc.sql("""
                select child_id from ehc_plan
                union select child_id from needs_assessment where stage in ('REQUESTED', 'ASSESSING', 'DRAFTING', 'DRAFT_ISSUED')""")
                .query(Long.class).list());
        List<Long> children = roster.childrenWithProvision(EnumSet.of(SenProvision.E, SenProvision.K),
                        LocalDate.now(clock).minusYears(3)).stream()
                .map(DemoRoster.RosterChild::id).filter(id -> !childrenWithPlans.contains(id)).toList();
        List<Long> settings = reference.allSettings().stream().filter(SettingView::open).map(SettingView::id)
                .sorted().toList();
        List<DemoCases.PlanFacts> withPlans = cases.create(children, settings, LocalDate.now(clock), caseworkerId,
                DemoAccounts.CASEWORKER);
        withPlans.forEach(p -> plans.write(p.assessmentId(), p.childId(), p.draftOn(), p.finalOn(), p.namedSettingId(),
                p.advice(), DemoAccounts.CASEWORKER, LocalDate.now(clock)));
        long existing = matchProvisionToPlans(withPlans, LocalDate.now(clock));
        long total = jdbc.sql("select count(*) from needs_assessment").query(Long.class).single();
        log.info("Demo assessments loaded in {} ms: {} cases in all, {} with plans, {} plans from before",
                (System.nanoTime() - started) / 1_000_000, total, withPlans.size(), existing);
    }

    /**
     * The census provision follows the plans, as it does for a caseworker's cases: a child the reference demo
     * seeded with an EHC plan keeps E only with a finalised plan. One with no case of ours gets the plan they
     * already had (naming their setting); one whose case has not reached a final plan, or who attends no
     * setting, is at SEN Support (K). A case's final plan makes its child E through {@link PlanFinalised}.
     *
     * @return how many plans from before were written
     */
    private long matchProvisionToPlans(List<DemoCases.PlanFacts> withPlans, LocalDate today) {
        Set<Long> finalised = withPlans.stream().filter(p -> p.finalOn() != null).map(DemoCases.PlanFacts::childId)
                .collect(Collectors.toSet());
        Set<Long> withCases = Set.copyOf(jdbc.sql("select child_id from needs_assessment").query(Long.class).list());
        Set<Long> inForce = Set.copyOf(jdbc.sql("""
                        select p.child_id from ehc_plan p join plan_version v on v.plan_id = p.id
                        where p.ceased_on is null and v.kind in ('FINAL', 'AMENDED')""").query(Long.class).list());
        long written = 0;
        for (Map.Entry<Long, Long> child : seededWithPlans().entrySet()) {
            long childId = child.getKey();
            if (finalised.contains(childId) || inForce.contains(childId)) {
                continue;
            }
            if (withCases.contains(childId) || child.getValue() == null) {
                childDirectory.recordSenProvision(childId, SenProvision.K, null, null);
            } else {
                plans.writeExisting(childId, child.getValue(), today.minusMonths(6 + childId % 30), DemoAccounts.CASEWORKER);
                written++;
            }
        }
        return written;
    }

    /** The children the reference demo seeded as E, with their setting (or null). */
    private Map<Long, Long> seededWithPlans() {
        Map<Long, Long> seeded = new LinkedHashMap<>();
        roster.childrenWithProvision(EnumSet.of(SenProvision.E), null).forEach(c -> seeded.put(c.id(), c.settingId()));
        return seeded;
    }
}
