package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Return;
import uk.send.commissioning.returns.Sen2Returns;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.statistics.ActivePlans;
import uk.send.pathway.statistics.AssessmentFigures;
import uk.send.pathway.statistics.MonthFigures;
import uk.send.pathway.statistics.OverdueSteps;
import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.StatisticsFilter;

/**
 * The KPI and SEN2 figures against a fixture counted by hand, each rule at its boundary. A footprint of its own:
 * the SEN2 return for January 2027 counts the flows of calendar year 2026 and the plans active on 21 January 2027.
 *
 * <pre>
 * case  request     decision           final plan   exception            counted as
 * A     2025-12-31  assess 2026-01-10  2026-05-20   -                    plan on time (day 140); request not in 2026
 * B     2026-01-01  assess 2026-02-12  2026-05-22   -                    request (first day); decision on day 42; plan late (day 141)
 * C     2026-12-31  -                  -            -                    request (last day)
 * D     2027-01-01  -                  -            -                    nothing in 2026
 * E     2026-03-01  refused 2026-04-12 -            -                    refusal on time (day 42)
 * F     2026-03-01  assess 2026-04-13  2026-09-01   2026-09-01..09-30    decision late (day 43); plan late, exception applies (overlaps on issue day)
 * G     2026-02-01  assess 2026-03-01  2026-06-01   2026-01-01..01-31    plan on time; exception ends the day before the request: does not apply
 * H     2026-06-01  assess 2026-06-20  not to issue 2026-09-01           decision not to issue
 * X     2026-02-01 in another footprint                                  never counted here
 * </pre>
 */
@SpringBootTest
class CommissioningFiguresTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PathwayStatistics statistics;
    @Autowired
    Sen2Returns returns;

    FootprintView here;
    SettingView school;
    SettingView inmss;

    @BeforeEach
    void aYearOfCases() {
        here = fixtures.footprint();
        FootprintView elsewhere = fixtures.footprint();
        school = fixtures.school(here);
        inmss = reference.createSetting(new SettingDetails(String.valueOf(400000 + Fixtures.next()), "Independent school",
                SettingType.INMSS, Phase.ALL_THROUGH, here.id(), null, true), Fixtures.SYSTEM);

        long a = finalPlanCase(here, "2025-12-31", "2026-01-10", "2026-05-20");
        finalPlanCase(here, "2026-01-01", "2026-02-12", "2026-05-22");
        request(here, "2026-12-31");
        request(here, "2027-01-01");
        long e = request(here, "2026-03-01");
        jdbc.sql("update needs_assessment set stage = 'REFUSED', refused_on = date '2026-04-12', refusal_reasons = 'r' where id = :id")
                .param("id", e).update();
        long f = finalPlanCase(here, "2026-03-01", "2026-04-13", "2026-09-01");
        exception(f, "2026-09-01", "2026-09-30");
        long g = finalPlanCase(here, "2026-02-01", "2026-03-01", "2026-06-01");
        exception(g, "2026-01-01", "2026-01-31");
        long h = request(here, "2026-06-01");
        jdbc.sql("""
                update needs_assessment set stage = 'NOT_ISSUED', decided_to_assess_on = date '2026-06-20',
                       decided_not_to_issue_on = date '2026-09-01', not_to_issue_reasons = 'r' where id = :id""")
                .param("id", h).update();
        finalPlanCase(elsewhere, "2026-02-01", "2026-02-02", "2026-03-01");
        assertThat(a).isPositive();
    }

    private long child(FootprintView home, NeedCode need) {
        return jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need)
                        values ('Test', 'Child', date '2014-05-01', :home, :need) returning id""")
                .param("home", home.id()).param("need", need.name()).query(Long.class).single();
    }

    private long request(FootprintView home, String received) {
        return jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons)
                        values (:child, 'REQUESTED', 'PARENT', cast(:received as date), 'Reasons') returning id""")
                .param("child", child(home, NeedCode.ASD)).param("received", received).query(Long.class).single();
    }

    private long finalPlanCase(FootprintView home, String received, String decided, String issued) {
        long id = request(home, received);
        jdbc.sql("""
                        update needs_assessment set stage = 'FINAL', decided_to_assess_on = cast(:decided as date),
                               decided_to_issue_on = cast(:decided as date), draft_issued_on = cast(:decided as date),
                               final_issued_on = cast(:issued as date), named_setting_id = :setting where id = :id""")
                .param("decided", decided).param("issued", issued).param("setting", school.id()).param("id", id).update();
        return id;
    }

    private void exception(long assessment, String from, String to) {
        jdbc.sql("""
                        insert into assessment_exception (assessment_id, reason, from_date, to_date, note)
                        values (:id, 'AWAY_FROM_AREA', cast(:from as date), cast(:to as date), 'Away')""")
                .param("id", assessment).param("from", from).param("to", to).update();
    }

    /** A plan for a child of this need with issued versions: kind, date and the setting it names. */
    private void plan(NeedCode need, String ceased, Object[]... versions) {
        long plan = jdbc.sql("insert into ehc_plan (child_id, ceased_on, cease_reason) values (:child, cast(:ceased as date), case when cast(:ceased as date) is null then null else 'OTHER' end) returning id")
                .param("child", child(here, need)).param("ceased", ceased).query(Long.class).single();
        int number = 1;
        for (Object[] v : versions) {
            jdbc.sql("""
                            insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                            values (:plan, :number, :kind, cast(:issued as date), 'tests', :setting)""")
                    .param("plan", plan).param("number", number++).param("kind", v[0]).param("issued", v[1])
                    .param("setting", v[2] == null ? null : ((SettingView) v[2]).id()).update();
        }
    }

    private static Object[] version(String kind, String issued, SettingView setting) {
        return new Object[] {kind, issued, setting};
    }

    private StatisticsFilter year2026() {
        return new StatisticsFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), here.id());
    }

    @Test
    void requests_are_counted_from_the_first_to_the_last_day_of_the_period_and_only_in_the_footprint() {
        assertThat(statistics.assessments(year2026()).requests()).isEqualTo(6);
    }

    @Test
    void a_decision_on_day_42_is_within_six_weeks_and_one_on_day_43_is_not() {
        AssessmentFigures figures = statistics.assessments(year2026());
        assertThat(figures.decisions()).isEqualTo(6);
        assertThat(figures.decisionsWithinSixWeeks()).isEqualTo(5);
        assertThat(figures.refusals()).isEqualTo(1);
        assertThat(figures.notIssued()).isEqualTo(1);
        assertThat(figures.percentDecisionsWithinSixWeeks()).isEqualTo(83.3);
    }

    @Test
    void a_plan_on_day_140_is_on_time_and_an_overlapping_exception_takes_a_plan_out_of_the_measure_excluding_exceptions() {
        AssessmentFigures figures = statistics.assessments(year2026());
        assertThat(figures.newPlans()).isEqualTo(4);
        assertThat(figures.newPlansWithinTwentyWeeks()).isEqualTo(2);
        assertThat(figures.newPlansWithException()).isEqualTo(1);
        assertThat(figures.newPlansExcludingExceptions()).isEqualTo(3);
        assertThat(figures.newPlansWithinTwentyWeeksExcludingExceptions()).isEqualTo(2);
        assertThat(figures.percentWithinTwentyWeeks()).isEqualTo(50.0);
        assertThat(figures.percentWithinTwentyWeeksExcludingExceptions()).isEqualTo(66.7);
    }

    @Test
    void the_late_steps_of_the_period_are_the_rest_of_each_whole_a_decision_on_day_43_and_plans_from_day_141() {
        AssessmentFigures figures = statistics.assessments(year2026());
        assertThat(figures.decisionsLate()).as("F, day 43").isEqualTo(1);
        assertThat(figures.newPlansLate()).as("B, day 141, and F").isEqualTo(2);
        assertThat(figures.newPlansLateExcludingExceptions()).as("B; F's exception takes it out").isEqualTo(1);
    }

    /**
     * Steps overdue and not yet taken, in a footprint of their own, as at 31 December 2026 and 30 November 2026.
     *
     * <pre>
     * case  request     decision           outcome                       exception            on 30 Nov     on 31 Dec
     * P     2026-11-19  -                  -                             -                    -             decision due that day: on time
     * Q     2026-11-18  -                  -                             -                    -             decision overdue (day 43)
     * R     2026-09-01  assess 2026-12-01  -                             -                    decision overdue  decided
     * S     2026-08-13  assess 2026-09-01  -                             -                    -             plan due that day: on time
     * T     2026-08-12  assess 2026-09-01  -                             -                    -             plan overdue (day 141)
     * U     2026-03-01  assess 2026-04-01  -                             2026-06-01..07-15    plan overdue  plan overdue, exception applies
     * V     2026-03-01  refused 2026-04-05 -                             -                    -             -
     * W     2026-03-01  assess 2026-03-20  not to issue 2026-07-01       -                    -             -
     * Y     2026-01-05  assess 2026-02-01  final 2026-06-01 (late)       -                    -             -
     * </pre>
     */
    @Test
    void a_step_not_yet_taken_is_overdue_from_the_day_after_it_was_due_as_at_the_day_asked() {
        FootprintView late = fixtures.footprint();
        request(late, "2026-11-19");
        request(late, "2026-11-18");
        long r = request(late, "2026-09-01");
        jdbc.sql("update needs_assessment set stage = 'ASSESSING', decided_to_assess_on = date '2026-12-01' where id = :id")
                .param("id", r).update();
        for (String received : List.of("2026-08-13", "2026-08-12", "2026-03-01")) {
            long id = request(late, received);
            jdbc.sql("update needs_assessment set stage = 'ASSESSING', decided_to_assess_on = cast(:on as date) where id = :id")
                    .param("on", received.equals("2026-03-01") ? "2026-04-01" : "2026-09-01").param("id", id).update();
            if (received.equals("2026-03-01")) {
                exception(id, "2026-06-01", "2026-07-15");
            }
        }
        long v = request(late, "2026-03-01");
        jdbc.sql("update needs_assessment set stage = 'REFUSED', refused_on = date '2026-04-05', refusal_reasons = 'r' where id = :id")
                .param("id", v).update();
        long w = request(late, "2026-03-01");
        jdbc.sql("""
                update needs_assessment set stage = 'NOT_ISSUED', decided_to_assess_on = date '2026-03-20',
                       decided_not_to_issue_on = date '2026-07-01', not_to_issue_reasons = 'r' where id = :id""")
                .param("id", w).update();
        finalPlanCase(late, "2026-01-05", "2026-02-01", "2026-06-01");

        assertThat(statistics.overdue(LocalDate.of(2026, 12, 31), late.id()))
                .isEqualTo(new OverdueSteps(LocalDate.of(2026, 12, 31), 1, 2, 1));
        assertThat(statistics.overdue(LocalDate.of(2026, 12, 31), late.id()).finalPlansOverdueExcludingExceptions())
                .isEqualTo(1);
        assertThat(statistics.overdue(LocalDate.of(2026, 11, 30), late.id()))
                .isEqualTo(new OverdueSteps(LocalDate.of(2026, 11, 30), 1, 1, 1));
        // the other footprint's cases are all decided and closed by the end of 2026, but for C, requested that day
        assertThat(statistics.overdue(LocalDate.of(2026, 12, 31), here.id()))
                .isEqualTo(new OverdueSteps(LocalDate.of(2026, 12, 31), 0, 0, 0));
    }

    @Test
    void the_trend_has_every_month_of_the_period_with_each_step_in_its_own_month() {
        List<MonthFigures> months = statistics.byMonth(year2026());
        assertThat(months).extracting(MonthFigures::month).containsExactly(
                java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(m -> YearMonth.of(2026, m)).toArray(YearMonth[]::new));
        MonthFigures may = months.get(4);
        assertThat(may.newPlans()).isEqualTo(2);
        assertThat(may.newPlansWithinTwentyWeeks()).isEqualTo(1);
        assertThat(months.get(0).requests()).isEqualTo(1);
        assertThat(months.get(2).requests()).isEqualTo(2);
        assertThat(months.get(8).newPlans()).isEqualTo(1);
        assertThat(months.get(8).newPlansExcludingExceptions()).isZero();
        assertThat(months.stream().mapToLong(MonthFigures::requests).sum()).isEqualTo(6);
        assertThat(months.stream().mapToLong(MonthFigures::newPlans).sum()).isEqualTo(4);
    }

    @Test
    void the_census_date_is_the_third_thursday_of_january() {
        assertThat(Sen2Returns.censusDate(2027)).isEqualTo(LocalDate.of(2027, 1, 21));
        assertThat(Sen2Returns.censusDate(2026)).isEqualTo(LocalDate.of(2026, 1, 15));
        assertThat(Sen2Returns.censusDate(2025)).isEqualTo(LocalDate.of(2025, 1, 16));
    }

    @Test
    void a_plan_is_active_on_the_census_date_if_issued_by_then_and_not_ceased_by_then() {
        plan(NeedCode.MLD, null, version("FINAL", "2027-01-21", inmss));
        plan(NeedCode.SEMH, "2027-01-21", version("FINAL", "2026-05-20", school));
        plan(NeedCode.ASD, "2027-01-22", version("FINAL", "2026-06-01", school));
        plan(NeedCode.PD, null, version("FINAL", "2027-01-22", school));
        plan(NeedCode.PD, null, version("DRAFT", "2026-10-01", null));
        plan(NeedCode.ASD, null, version("FINAL", "2020-03-01", school), version("AMENDED", "2026-02-01", inmss));

        ActivePlans active = statistics.activePlans(LocalDate.of(2027, 1, 21), here.id());
        assertThat(active.total()).isEqualTo(3);
        assertThat(active.bySettingType()).isEqualTo(Map.of(SettingType.INMSS, 2L, SettingType.MAINSTREAM_MAINTAINED, 1L));
        assertThat(active.percentInMainstream()).isEqualTo(33.3);
        assertThat(active.cells()).extracting(ActivePlans.Cell::need, ActivePlans.Cell::plans)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(NeedCode.MLD, 1L),
                        org.assertj.core.groups.Tuple.tuple(NeedCode.ASD, 2L));
    }

    @Test
    void the_sen2_return_for_2027_counts_calendar_year_2026_and_the_plans_active_on_21_january_2027() {
        plan(NeedCode.MLD, null, version("FINAL", "2027-01-21", inmss));
        plan(NeedCode.ASD, "2027-01-21", version("FINAL", "2026-05-20", school));

        Sen2Return sen2 = returns.forYear(2027, here.id());
        assertThat(sen2.periodFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(sen2.periodTo()).isEqualTo(LocalDate.of(2026, 12, 31));
        Map<String, String> values = new java.util.HashMap<>();
        for (Sen2Line line : sen2.lines()) {
            values.put(line.module() + "/" + line.item() + (line.code() == null ? "" : "/" + line.code()), line.value());
        }
        assertThat(values).containsEntry("0/censusDate", "2027-01-21")
                .containsEntry("2/requests", "6")
                .containsEntry("2/refused", "1")
                .containsEntry("3/agreedToAssess", "5")
                .containsEntry("3/notIssued", "1")
                .containsEntry("4a/newPlans", "4")
                .containsEntry("4a/week20Exception", "1")
                .containsEntry("4a/within20Weeks", "2")
                .containsEntry("4a/within20WeeksPercent", "50.0")
                .containsEntry("4a/within20WeeksExcludingExceptions", "2")
                .containsEntry("4a/within20WeeksExcludingExceptionsPercent", "66.7")
                .containsEntry("5a/activePlans", "1")
                .containsEntry("5b/activeBySetting/INMSS", "1")
                .containsEntry("5b/activeBySetting/MAINSTREAM_MAINTAINED", "0")
                .containsEntry("5c/activeByNeed/MLD", "1")
                .containsEntry("5c/activeByNeed/ASD", "0");
    }
}
