package uk.send.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.ProvisionItem;
import uk.send.pathway.support.RegisterEntry;
import uk.send.pathway.support.RegisterFilter;
import uk.send.pathway.support.RegisterStatus;
import uk.send.pathway.support.RemovalReason;
import uk.send.pathway.support.RemoveFromSenSupport;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlanReviewed;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.WeeklyHours;

/**
 * SEN Support against real PostgreSQL: every cycle kept, the census following, the register paged and filtered in
 * SQL, and the rules the database holds as well as the aggregate (a review within a year, one cycle open).
 */
@SpringBootTest
@RecordApplicationEvents
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportPlansTest {

    @Autowired
    SupportPlans support;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    FootprintView north;
    SettingView school;
    Viewer senco;

    @BeforeAll
    void a_school_and_its_senco() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        senco = accounts.viewer(fixtures.account(Role.SENCO, school.id(), Set.of()).id()).orElseThrow();
    }

    long added(LocalDate on) {
        long child = fixtures.child(north, school, null);
        support.addToSenSupport(senco, child, new AddToSenSupport(NeedCode.SPLD, NeedCode.SLCN, on));
        return child;
    }

    int recordVersion(long child) {
        return support.pupil(senco, child).current().orElseThrow().version();
    }

    String provision(long child) {
        return jdbc.sql("select sen_provision from child where id = :id").param("id", child).query(String.class).single();
    }

    @Test
    void every_cycle_is_kept_and_the_review_raises_its_next_step(ApplicationEvents events) {
        long child = added(today.minusWeeks(30));
        long first = support.startPlan(senco, child, recordVersion(child),
                new StartPlan(null, today.minusWeeks(28), null, "Notes"));
        support.change(senco, first, support.plan(senco, first).version(),
                new SupportPlanCommand.AddOutcome("Reads a short book aloud", OutcomeTag.I_AM_AMBITIOUS));
        support.change(senco, first, support.plan(senco, first).version(), new SupportPlanCommand.AddProvision(
                new ProvisionItem("Reading recovery", "Daily", "Teacher", WeeklyHours.parse("2.5"), Money.ofPounds("999.99"))));
        support.change(senco, first, support.plan(senco, first).version(), new SupportPlanCommand.Review(
                today.minusWeeks(16), NextStep.CHANGE, null, null, null, null));
        long second = jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
        support.change(senco, second, support.plan(senco, second).version(), new SupportPlanCommand.Review(
                today.minusWeeks(2), NextStep.REQUEST_EHC_NEEDS_ASSESSMENT, "I want help", "We agree", null,
                today.plusWeeks(6)));

        List<String> cycles = jdbc.sql("""
                        select p.cycle || ':' || p.status || ':' || coalesce(p.next_step, '-') || ':' || p.review_due
                        from support_plan p join sen_support_record r on r.id = p.record_id
                        where r.child_id = :c order by p.cycle""").param("c", child).query(String.class).list();
        assertThat(cycles).containsExactly("1:REVIEWED:CHANGE:" + today.minusWeeks(28).plusWeeks(12),
                "2:REVIEWED:REQUEST_EHC_NEEDS_ASSESSMENT:" + today.minusWeeks(16).plusWeeks(12),
                "3:OPEN:-:" + today.plusWeeks(6));
        long third = jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
        assertThat(support.plan(senco, third).totalCost()).isEqualTo(Money.ofPence(99_999));
        assertThat(events.stream(SupportPlanReviewed.class).filter(e -> e.childId() == child).map(SupportPlanReviewed::nextStep))
                .containsExactly(NextStep.CHANGE, NextStep.REQUEST_EHC_NEEDS_ASSESSMENT);
    }

    @Test
    void the_census_follows_sen_support_and_the_history_is_kept_when_it_ends() {
        long child = added(today.minusMonths(3));
        assertThat(provision(child)).isEqualTo("K");

        support.removeFromSenSupport(senco, child, recordVersion(child),
                new RemoveFromSenSupport(RemovalReason.NEEDS_MET, null, today));

        assertThat(provision(child)).isEqualTo("N");
        assertThat(support.pupil(senco, child).records()).hasSize(1).first()
                .satisfies(r -> assertThat(r.removalReason()).isEqualTo(RemovalReason.NEEDS_MET));
        assertThat(support.register(senco, RegisterFilter.NONE, PageRequest.of(0, 1000)).getContent())
                .extracting(RegisterEntry::childId).doesNotContain(child);
    }

    @Test
    void a_change_from_a_page_opened_before_someone_elses_is_refused() {
        long child = added(today.minusMonths(1));
        int stale = recordVersion(child);
        long plan = support.startPlan(senco, child, stale, new StartPlan(null, today, null, null));
        int planVersion = support.plan(senco, plan).version();
        support.change(senco, plan, planVersion, new SupportPlanCommand.Share(true));

        assertThatThrownBy(() -> support.change(senco, plan, planVersion, new SupportPlanCommand.Share(false)))
                .isInstanceOf(OptimisticLockingFailureException.class);
    }

    @Test
    void the_register_is_paged_and_filtered_in_the_database() {
        SettingView big = fixtures.school(north);
        Viewer bigSenco = accounts.viewer(fixtures.account(Role.SENCO, big.id(), Set.of()).id()).orElseThrow();
        for (int i = 0; i < 30; i++) {
            long child = fixtures.child(north, big, null);
            support.addToSenSupport(bigSenco, child, new AddToSenSupport(i % 2 == 0 ? NeedCode.SEMH : NeedCode.HI, null,
                    today.minusMonths(6)));
            if (i < 3) {
                support.startPlan(bigSenco, child, support.pupil(bigSenco, child).current().orElseThrow().version(),
                        new StartPlan(null, today.minusWeeks(13), null, null));
            }
        }
        fixtures.child(north, big, null); // no SEN: never on the register

        Page<RegisterEntry> second = support.register(bigSenco, RegisterFilter.NONE, PageRequest.of(1, 25));
        assertThat(second.getTotalElements()).isEqualTo(30);
        assertThat(second.getContent()).hasSize(5);
        assertThat(support.register(bigSenco, new RegisterFilter(null, SenProvision.K, NeedCode.HI, null),
                PageRequest.of(0, 25)).getTotalElements()).isEqualTo(15);
        assertThat(support.register(bigSenco, new RegisterFilter(null, null, null, RegisterStatus.REVIEW_OVERDUE),
                PageRequest.of(0, 25)).getContent()).hasSize(3)
                .allSatisfy(e -> assertThat(e.reviewDue()).isEqualTo(today.minusWeeks(1)));
        assertThat(support.register(bigSenco, new RegisterFilter(null, null, null, RegisterStatus.NO_PLAN),
                PageRequest.of(0, 25)).getTotalElements()).isEqualTo(27);
    }

    @Test
    void the_database_refuses_a_review_more_than_a_year_after_the_start_and_a_second_open_cycle() {
        long child = added(today.minusMonths(2));
        long plan = support.startPlan(senco, child, recordVersion(child), new StartPlan(null, today, null, null));

        assertThatThrownBy(() -> jdbc.sql("update support_plan set review_due = starts_on + 366 where id = :id")
                .param("id", plan).update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> jdbc.sql("""
                        insert into support_plan (record_id, cycle, kind, tier, status, starts_on, review_due, created_by)
                        select record_id, 2, kind, tier, 'OPEN', starts_on, review_due, 'x' from support_plan where id = :id""")
                .param("id", plan).update())).isInstanceOf(DataIntegrityViolationException.class);
    }
}
