package uk.send.web.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.AssessmentEvent;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.plan.EhcPlans;

/**
 * The assessment's events go through Spring Modulith's event publication registry in PostgreSQL: a row per
 * listener written with the step's transaction and completed when the listener has run after the commit;
 * a listener that throws leaves its row incomplete, and resubmitting it completes it without the plan
 * following twice.
 */
@SpringBootTest
@Import(AssessmentEventsReachTheRegistryTest.FlakyListenerConfiguration.class)
class AssessmentEventsReachTheRegistryTest {

    /** Follows DecidedToAssess, and fails while told to (static state: the bean is a transactional proxy). */
    static class FlakyListener {
        static final AtomicBoolean FAILING = new AtomicBoolean();
        static final AtomicInteger FOLLOWED = new AtomicInteger();

        @AfterCommitListener
        void on(AssessmentEvent.DecidedToAssess decided) {
            if (FAILING.get()) {
                throw new IllegalStateException("listener failed on purpose");
            }
            FOLLOWED.incrementAndGet();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListenerConfiguration {
        @Bean
        FlakyListener flakyListener() {
            return new FlakyListener();
        }
    }

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    EhcPlans plans;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IncompleteEventPublications incomplete;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Viewer caseworker;
    long caseId;

    @BeforeEach
    void aRequest() {
        Fixtures.TwoFamilies families = fixtures.twoFamiliesInTwoFootprints();
        AccountView account = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        caseworker = accounts.viewer(account.id()).orElseThrow();
        caseId = assessments.receiveRequest(caseworker, new NewRequest(families.ownChild(), Requester.PARENT,
                today.minusDays(60), "Not progressing despite support", null));
        FlakyListener.FAILING.set(false);
        FlakyListener.FOLLOWED.set(0);
    }

    private void take(AssessmentCommand command) {
        assessments.take(caseworker, caseId, assessments.view(caseworker, caseId).version(), command);
    }

    /** The registry's rows for this case's events of one type: [completed, incomplete]. */
    private long[] publications(Class<?> eventType, String listener) {
        long done = count(eventType, listener, true);
        long open = count(eventType, listener, false);
        return new long[] {done, open};
    }

    private long count(Class<?> eventType, String listener, boolean completed) {
        return jdbc.sql("select count(*) from event_publication where event_type = :type and listener_id like :listener"
                        + " and serialized_event like :case and (completion_date is not null) = :completed")
                .param("type", eventType.getName()).param("listener", "%" + listener + "%")
                .param("case", "%\"assessmentId\":" + caseId + ",%").param("completed", completed)
                .query(Long.class).single();
    }

    @Test
    void each_step_s_event_is_written_to_the_registry_and_completed_once_the_plan_has_followed_it() {
        take(new AssessmentCommand.DecideToAssess(today.minusDays(50)));
        take(new AssessmentCommand.RequestAdvice(today.minusDays(50), AdviceSource.HEALTH, "Community paediatrics", null));
        long adviceId = assessments.view(caseworker, caseId).advice().get(0).id();
        take(new AssessmentCommand.ReceiveAdvice(today.minusDays(20), adviceId, "Advice"));
        take(new AssessmentCommand.DecideToIssue(today.minusDays(19)));
        take(new AssessmentCommand.IssueDraft(today.minusDays(18)));

        assertThat(publications(AssessmentEvent.DecidedToIssue.class, "EhcPlans")).containsExactly(1, 0);
        assertThat(publications(AssessmentEvent.DraftIssued.class, "EhcPlans")).containsExactly(1, 0);
        assertThat(plans.forAssessment(caseworker, caseId)).get()
                .satisfies(plan -> assertThat(plan.issued()).hasSize(1));
    }

    @Test
    void a_listener_that_throws_leaves_its_publication_incomplete_and_a_resubmission_completes_it() {
        FlakyListener.FAILING.set(true);

        take(new AssessmentCommand.DecideToAssess(today.minusDays(50)));

        assertThat(publications(AssessmentEvent.DecidedToAssess.class, "FlakyListener")).containsExactly(0, 1);
        assertThat(FlakyListener.FOLLOWED).hasValue(0);

        FlakyListener.FAILING.set(false);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof
                AssessmentEvent.DecidedToAssess decided && decided.assessmentId() == caseId);

        assertThat(publications(AssessmentEvent.DecidedToAssess.class, "FlakyListener")).containsExactly(1, 0);
        assertThat(FlakyListener.FOLLOWED).hasValue(1);
    }
}
