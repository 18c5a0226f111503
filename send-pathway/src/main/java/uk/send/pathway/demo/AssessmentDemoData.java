package uk.send.pathway.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.demo.DemoAccounts;
import uk.send.pathway.assessment.DemoCases;
import uk.send.pathway.plan.DemoPlans;

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
    private final Clock clock;

    AssessmentDemoData(JdbcClient jdbc, DemoCases cases, DemoPlans plans, Clock clock) {
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
        Long caseworkerId = jdbc.sql("select id from app_user where email = :e").param("e", DemoAccounts.CASEWORKER)
                .query(Long.class).optional().orElse(null);
        if (caseworkerId == null) {
            return;
        }
        // children with an EHC plan or at SEN Support, by home footprint, so that every caseworker has a caseload
        List<Long> children = jdbc.sql("""
                        select c.id from child c
                        where c.sen_provision in ('E', 'K') and c.date_of_birth < :youngest
                        order by c.id""")
                .param("youngest", LocalDate.now(clock).minusYears(3))
                .query(Long.class).list();
        List<Long> settings = jdbc.sql("select id from setting where open order by id").query(Long.class).list();
        List<DemoCases.PlanFacts> withPlans = cases.create(children, settings, LocalDate.now(clock), caseworkerId,
                DemoAccounts.CASEWORKER);
        withPlans.forEach(p -> plans.write(p.assessmentId(), p.childId(), p.draftOn(), p.finalOn(), p.namedSettingId(),
                p.advice(), DemoAccounts.CASEWORKER, LocalDate.now(clock)));
        long total = jdbc.sql("select count(*) from needs_assessment").query(Long.class).single();
        log.info("Demo assessments loaded in {} ms: {} cases in all, {} with plans",
                (System.nanoTime() - started) / 1_000_000, total, withPlans.size());
    }
}
