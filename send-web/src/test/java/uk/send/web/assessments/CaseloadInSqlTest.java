package uk.send.web.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.AssessmentSummary;
import uk.send.pathway.assessment.CaseloadFilter;
import uk.send.pathway.assessment.CaseloadSort;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.NextDeadline;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.assessment.Stage;
import uk.send.pathway.calendar.DeadlineStatus;

/**
 * The caseload filtered, sorted, counted and paged by PostgreSQL on the next statutory date each case keeps:
 * the same answers the page gave when it sorted in Java. A footprint of its own per test: four open cases of
 * a caseworker's (one overdue, one due soon, two on track), a closed one, and one in another footprint.
 */
@SpringBootTest
class CaseloadInSqlTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Viewer caseworker;
    long adams;
    long baker;
    long clark;
    long davies;

    @BeforeEach
    void aCaseload() {
        FootprintView mine = fixtures.footprint();
        FootprintView other = fixtures.footprint();
        caseworker = accounts.viewer(fixtures.account(Role.CASEWORKER, null, Set.of(mine.id())).id()).orElseThrow();
        Viewer everywhere = accounts.viewer(fixtures.account(Role.CASEWORKER, null, Set.of(mine.id(), other.id())).id())
                .orElseThrow();
        adams = request(child(mine, "Zoe", "Adams", NeedCode.ASD), today.minusDays(50));
        baker = request(child(mine, "Amy", "baker", NeedCode.SEMH), today.minusDays(30));
        clark = request(child(mine, "Ben", "Clark", NeedCode.ASD), today.minusDays(10));
        take(clark, new AssessmentCommand.DecideToAssess(today.minusDays(5)));
        davies = request(child(mine, "Cat", "Davies", null), today.minusDays(20));
        take(davies, new AssessmentCommand.DecideToAssess(today.minusDays(19)));
        take(davies, new AssessmentCommand.RequestAdvice(today.minusDays(19), AdviceSource.HEALTH, "Community paediatrics", null));
        long fox = request(child(mine, "Dan", "Fox", NeedCode.ASD), today.minusDays(40));
        take(fox, new AssessmentCommand.RefuseToAssess(today.minusDays(2), "Needs met at SEN Support"));
        long evans = child(other, "Eve", "Evans", NeedCode.ASD);
        assessments.receiveRequest(everywhere, new NewRequest(evans, Requester.PARENT, today.minusDays(50), "Reasons", null));
    }

    private long child(FootprintView home, String given, String family, NeedCode need) {
        return jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need)
                        values (:given, :family, date '2016-05-01', :home, :need) returning id""")
                .param("given", given).param("family", family).param("home", home.id())
                .param("need", need == null ? null : need.name()).query(Long.class).single();
    }

    private long request(long child, LocalDate received) {
        return assessments.receiveRequest(caseworker, new NewRequest(child, Requester.PARENT, received, "Reasons", null));
    }

    private void take(long id, AssessmentCommand command) {
        assessments.take(caseworker, id, assessments.view(caseworker, id).version(), command);
    }

    private NeedsAssessments.Caseload caseload(CaseloadFilter filter, CaseloadSort sort, Pageable pageable) {
        return assessments.caseload(caseworker, filter, sort, pageable);
    }

    private List<Long> ids(CaseloadFilter filter, CaseloadSort sort) {
        return caseload(filter, sort, PageRequest.of(0, 25)).page().getContent().stream().map(AssessmentSummary::id).toList();
    }

    private static CaseloadFilter only(Stage stage, NeedCode need, DeadlineStatus status) {
        return new CaseloadFilter(null, null, stage, need, status);
    }

    @Test
    void each_sort_orders_the_open_cases_in_the_footprints_and_leaves_out_closed_ones() {
        assertThat(ids(CaseloadFilter.none(), CaseloadSort.NEXT_DUE)).containsExactly(adams, baker, davies, clark);
        assertThat(ids(CaseloadFilter.none(), CaseloadSort.RECEIVED)).containsExactly(adams, baker, davies, clark);
        assertThat(ids(CaseloadFilter.none(), CaseloadSort.NAME)).containsExactly(adams, baker, clark, davies);
        assertThat(ids(CaseloadFilter.none(), CaseloadSort.STAGE)).containsExactly(adams, baker, clark, davies);
    }

    @Test
    void each_row_shows_the_next_statutory_step_its_status_and_days_as_the_calendar_says() {
        List<AssessmentSummary> rows = caseload(CaseloadFilter.none(), CaseloadSort.NEXT_DUE, PageRequest.of(0, 25))
                .page().getContent();

        assertThat(rows).extracting(AssessmentSummary::nextDeadline).containsExactly(
                new NextDeadline(NextDeadline.What.DECISION_TO_ASSESS, today.minusDays(8)),
                new NextDeadline(NextDeadline.What.DECISION_TO_ASSESS, today.plusDays(12)),
                new NextDeadline(NextDeadline.What.ADVICE, today.plusDays(23)),
                new NextDeadline(NextDeadline.What.DECISION_NOT_TO_ISSUE, today.plusDays(102)));
        assertThat(rows).extracting(AssessmentSummary::status).containsExactly(DeadlineStatus.OVERDUE,
                DeadlineStatus.DUE_SOON, DeadlineStatus.ON_TRACK, DeadlineStatus.ON_TRACK);
        assertThat(rows).extracting(AssessmentSummary::daysUntilDue).containsExactly(-8L, 12L, 23L, 102L);
        assertThat(rows.get(0).child().familyName()).isEqualTo("Adams");
        assertThat(rows.get(0).child().primaryNeed()).isEqualTo(NeedCode.ASD);
    }

    @Test
    void filters_by_stage_status_need_and_search_narrow_the_list_and_the_counts_follow_only_the_search() {
        assertThat(ids(only(Stage.ASSESSING, null, null), null)).containsExactly(davies, clark);
        assertThat(ids(only(null, null, DeadlineStatus.OVERDUE), null)).containsExactly(adams);
        assertThat(ids(only(null, null, DeadlineStatus.DUE_SOON), null)).containsExactly(baker);
        assertThat(ids(only(null, null, DeadlineStatus.ON_TRACK), null)).containsExactly(davies, clark);
        assertThat(ids(only(null, NeedCode.ASD, null), null)).containsExactly(adams, clark);
        assertThat(ids(only(Stage.REQUESTED, NeedCode.ASD, DeadlineStatus.OVERDUE), null)).containsExactly(adams);

        NeedsAssessments.Caseload all = caseload(only(Stage.ASSESSING, null, null), null, PageRequest.of(0, 25));
        assertThat(all.countsByStage()).isEqualTo(Map.of(Stage.REQUESTED, 2L, Stage.ASSESSING, 2L, Stage.DRAFTING, 0L,
                Stage.DRAFT_ISSUED, 0L));
        assertThat(all.overdue()).isEqualTo(1);
        assertThat(all.page().getTotalElements()).isEqualTo(2);

        NeedsAssessments.Caseload searched = caseload(new CaseloadFilter("CLARK", null, null, null, null), null,
                PageRequest.of(0, 25));
        assertThat(searched.page().getContent()).extracting(AssessmentSummary::id).containsExactly(clark);
        assertThat(searched.countsByStage().get(Stage.ASSESSING)).isEqualTo(1);
        assertThat(searched.countsByStage().get(Stage.REQUESTED)).isZero();
        assertThat(searched.overdue()).isZero();
    }

    @Test
    void pages_are_cut_by_the_database_with_the_total_of_the_filtered_list() {
        NeedsAssessments.Caseload first = caseload(CaseloadFilter.none(), CaseloadSort.NEXT_DUE, PageRequest.of(0, 3));
        NeedsAssessments.Caseload second = caseload(CaseloadFilter.none(), CaseloadSort.NEXT_DUE, PageRequest.of(1, 3));

        assertThat(first.page().getContent()).extracting(AssessmentSummary::id).containsExactly(adams, baker, davies);
        assertThat(second.page().getContent()).extracting(AssessmentSummary::id).containsExactly(clark);
        assertThat(first.page().getTotalElements()).isEqualTo(4);
        assertThat(first.page().getTotalPages()).isEqualTo(2);
    }

    @Test
    void the_whole_caseload_streams_most_urgent_first_for_the_download() {
        List<Long> streamed = new ArrayList<>();
        assessments.eachCase(caseworker, only(null, NeedCode.ASD, null), c -> streamed.add(c.id()));

        assertThat(streamed).containsExactly(adams, clark);
    }

    @Test
    void a_case_written_without_its_next_date_is_listed_from_the_case_and_filled_at_start_up() {
        jdbc.sql("update needs_assessment set next_due_date = null, next_due_kind = null where id = :id").param("id", davies).update();

        assertThat(ids(CaseloadFilter.none(), CaseloadSort.RECEIVED)).contains(davies);
        List<AssessmentSummary> rows = caseload(only(Stage.ASSESSING, null, null), CaseloadSort.RECEIVED, PageRequest.of(0, 25))
                .page().getContent();
        assertThat(rows.get(0).nextDeadline()).isEqualTo(new NextDeadline(NextDeadline.What.ADVICE, today.plusDays(23)));
        int version = assessments.view(caseworker, davies).version();

        try {
            ((SmartInitializingSingleton) context.getBean("nextDeadlineBackfill")).afterSingletonsInstantiated();
        } finally {
            jdbc.sql("delete from shedlock where name = 'next-deadline-backfill'").update(); // other tests count the locks
        }

        assertThat(jdbc.sql("select next_due_date from needs_assessment where id = :id").param("id", davies)
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(23));
        assertThat(jdbc.sql("select next_due_kind from needs_assessment where id = :id").param("id", davies)
                .query(String.class).single()).isEqualTo("ADVICE");
        assertThat(assessments.view(caseworker, davies).version()).isEqualTo(version);
        assertThat(ids(CaseloadFilter.none(), CaseloadSort.NEXT_DUE)).containsExactly(adams, baker, davies, clark);
    }
}
