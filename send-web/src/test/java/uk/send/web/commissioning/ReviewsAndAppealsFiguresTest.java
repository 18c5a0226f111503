package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.ReviewsAndAppeals;
import uk.send.pathway.statistics.StatisticsFilter;

/**
 * Annual reviews on time and appeals for the KPI page, against a fixture counted by hand for calendar year 2026, each
 * date at a boundary. A footprint of its own; one review and one appeal in another footprint never count.
 *
 * <pre>
 * review meeting   due          counted as
 * 2026-03-01       2026-03-01   held, on time (the due day itself)
 * 2026-05-02       2026-05-01   held, late
 * 2025-12-31       2026-01-10   before the period
 * 2027-01-01       2027-01-10   after the period
 *
 * disagreement     registered   certificate (outcome)       decided (outcome)        counted as
 * 1                2026-01-01   -                           -                        registered
 * 2                2025-12-31   -                           -                        nothing (before the period)
 * 3                -            2026-06-01 (AGREED)         -                        mediation held
 * 4                -            2026-06-02 (NOT_TAKEN_UP)   -                        nothing: mediation not taken up
 * 5                2025-06-01   -                           2026-09-01 (ALLOWED)     decided, for the family
 * 6                2025-06-01   -                           2026-12-31 (DISMISSED)   decided, not for the family
 * </pre>
 */
@SpringBootTest
class ReviewsAndAppealsFiguresTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PathwayStatistics statistics;

    FootprintView here;

    @BeforeEach
    void aYear() {
        here = fixtures.footprint();
        FootprintView elsewhere = fixtures.footprint();
        SettingView school = fixtures.school(here);
        review(plan(here, school), "2026-03-01", "2026-03-01");
        review(plan(here, school), "2026-05-02", "2026-05-01");
        review(plan(here, school), "2025-12-31", "2026-01-10");
        review(plan(here, school), "2027-01-01", "2027-01-10");
        review(plan(elsewhere, school), "2026-03-01", "2026-03-01");

        disagreement(here, "2026-01-01", null, null, null, null);
        disagreement(here, "2025-12-31", null, null, null, null);
        disagreement(here, null, "2026-06-01", "AGREED", null, null);
        disagreement(here, null, "2026-06-02", "NOT_TAKEN_UP", null, null);
        disagreement(here, "2025-06-01", null, null, "2026-09-01", "ALLOWED");
        disagreement(here, "2025-06-01", null, null, "2026-12-31", "DISMISSED");
        disagreement(elsewhere, "2026-01-01", null, null, "2026-09-01", "ALLOWED");
    }

    @Test
    void reviews_on_their_due_day_are_on_time_and_each_appeal_step_counts_by_its_own_date() {
        ReviewsAndAppeals figures = statistics.reviewsAndAppeals(
                new StatisticsFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), here.id()));
        assertThat(figures).isEqualTo(new ReviewsAndAppeals(2, 1, 1, 1, 2, 1));
    }

    private long plan(FootprintView home, SettingView school) {
        long child = jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need)
                        values ('Test', 'Child', date '2014-05-01', :home, 'ASD') returning id""")
                .param("home", home.id()).query(Long.class).single();
        long plan = jdbc.sql("insert into ehc_plan (child_id) values (:child) returning id")
                .param("child", child).query(Long.class).single();
        jdbc.sql("""
                        insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                        values (:plan, 1, 'FINAL', date '2025-01-10', 'tests', :setting)""")
                .param("plan", plan).param("setting", school.id()).update();
        return plan;
    }

    private void review(long plan, String meeting, String due) {
        jdbc.sql("""
                        insert into plan_review (plan_id, due_on, meeting_on, status, decision, decided_on, created_by)
                        values (:plan, cast(:due as date), cast(:meeting as date), 'COMPLETED', 'MAINTAIN',
                                cast(:meeting as date), 'tests')""")
                .param("plan", plan).param("due", due).param("meeting", meeting).update();
    }

    private void disagreement(FootprintView home, String registered, String certificate, String mediation,
                              String decided, String outcome) {
        long child = jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id)
                        values ('Test', 'Child', date '2014-05-01', :home) returning id""")
                .param("home", home.id()).query(Long.class).single();
        jdbc.sql("""
                        insert into disagreement (child_id, appeal_type, decision_on, mediation_offered_on, certificate_on,
                                                  mediation_outcome, registered_on, response_due, outcome, outcome_on,
                                                  recorded_by)
                        values (:child, 'CONTENTS', date '2025-01-01', date '2025-01-01', cast(:certificate as date),
                                :mediation, cast(:registered as date), cast(:registered as date) + 30, :outcome,
                                cast(:decided as date), 'tests')""")
                .param("child", child).param("certificate", certificate).param("mediation", mediation)
                .param("registered", registered).param("outcome", outcome).param("decided", decided).update();
    }
}
