package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** When an EHC plan is reviewed, and the steps after a review meeting, each at its boundaries. */
class ReviewDueDatesTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();

    /** A child born on 10 May 2010: long past 5 for every date here. */
    static final LocalDate SCHOOL_AGE = LocalDate.of(2010, 5, 10);

    @Test
    void a_plan_is_reviewed_within_twelve_months_of_its_issue_the_same_day_a_year_later() {
        assertThat(calendar.reviewDue(LocalDate.of(2026, 3, 2), SCHOOL_AGE, 6)).isEqualTo(LocalDate.of(2027, 3, 2));
    }

    @Test
    void a_review_on_the_due_date_is_on_time_and_the_day_after_is_late() {
        LocalDate due = calendar.reviewDue(LocalDate.of(2026, 3, 2), SCHOOL_AGE, 6);
        assertThat(calendar.late(due, due)).isFalse();
        assertThat(calendar.late(due, due.plusDays(1))).isTrue();
        assertThat(calendar.status(due, due.plusDays(1))).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(calendar.status(due, due)).isEqualTo(DeadlineStatus.DUE_SOON);
    }

    @Test
    void then_within_twelve_months_of_the_previous_review_meeting_not_of_the_issue() {
        LocalDate firstReview = LocalDate.of(2027, 1, 20);
        assertThat(calendar.reviewDue(firstReview, SCHOOL_AGE, 6)).isEqualTo(LocalDate.of(2028, 1, 20));
    }

    @Test
    void a_plan_issued_on_29_february_is_reviewed_by_28_february_the_earlier_day() {
        assertThat(calendar.reviewDue(LocalDate.of(2028, 2, 29), SCHOOL_AGE, 6)).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void a_child_under_five_is_reviewed_every_six_months_by_default() {
        LocalDate born = LocalDate.of(2023, 4, 15);
        assertThat(calendar.reviewDue(LocalDate.of(2026, 1, 12), born, 6)).isEqualTo(LocalDate.of(2026, 7, 12));
    }

    @Test
    void the_under_five_cycle_runs_again_from_each_review_while_the_child_is_under_five() {
        LocalDate born = LocalDate.of(2023, 4, 15);
        LocalDate first = calendar.reviewDue(LocalDate.of(2025, 1, 12), born, 3);
        LocalDate second = calendar.reviewDue(first, born, 3);
        assertThat(first).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(second).isEqualTo(LocalDate.of(2025, 7, 12));
    }

    @Test
    void a_council_may_choose_three_months_for_children_under_five() {
        LocalDate born = LocalDate.of(2023, 4, 15);
        assertThat(calendar.reviewDue(LocalDate.of(2026, 1, 12), born, 3)).isEqualTo(LocalDate.of(2026, 4, 12));
    }

    @Test
    void a_child_reviewed_the_day_before_their_fifth_birthday_has_one_more_short_cycle() {
        LocalDate born = LocalDate.of(2021, 9, 1);
        assertThat(calendar.reviewDue(LocalDate.of(2026, 8, 31), born, 6)).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void a_child_reviewed_on_their_fifth_birthday_moves_to_the_twelve_month_cycle() {
        LocalDate born = LocalDate.of(2021, 9, 1);
        assertThat(calendar.reviewDue(LocalDate.of(2026, 9, 1), born, 6)).isEqualTo(LocalDate.of(2027, 9, 1));
    }

    @Test
    void a_child_born_on_29_february_turns_five_on_28_february_in_a_common_year() {
        LocalDate born = LocalDate.of(2020, 2, 29);
        assertThat(calendar.reviewDue(LocalDate.of(2025, 2, 27), born, 6)).isEqualTo(LocalDate.of(2025, 8, 27));
        assertThat(calendar.reviewDue(LocalDate.of(2025, 2, 28), born, 6)).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2, 7, 12})
    void an_under_five_cycle_outside_three_to_six_months_is_refused(int months) {
        assertThatIllegalArgumentException().isThrownBy(() -> calendar.reviewDue(LocalDate.of(2026, 1, 1),
                LocalDate.of(2024, 1, 1), months));
    }

    @Test
    void the_settings_report_is_due_two_weeks_after_the_meeting_and_the_decision_four_weeks() {
        LocalDate meeting = LocalDate.of(2026, 6, 11);
        assertThat(calendar.reviewReportDue(meeting)).isEqualTo(LocalDate.of(2026, 6, 25));
        assertThat(calendar.reviewDecisionDue(meeting)).isEqualTo(LocalDate.of(2026, 7, 9));
    }

    @Test
    void a_decision_on_the_28th_day_is_on_time_and_on_the_29th_is_late() {
        LocalDate meeting = LocalDate.of(2026, 6, 11);
        LocalDate due = calendar.reviewDecisionDue(meeting);
        assertThat(calendar.late(due, meeting.plusDays(28))).isFalse();
        assertThat(calendar.late(due, meeting.plusDays(29))).isTrue();
    }

    @Test
    void the_family_has_fifteen_days_on_proposed_amendments_and_the_amended_plan_is_due_eight_weeks_after_them() {
        LocalDate proposed = LocalDate.of(2026, 7, 1);
        assertThat(calendar.amendmentCommentsCloseOn(proposed)).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(calendar.amendedPlanDue(proposed)).isEqualTo(LocalDate.of(2026, 8, 26));
        assertThat(calendar.late(calendar.amendedPlanDue(proposed), LocalDate.of(2026, 8, 27))).isTrue();
    }

    @Test
    void a_meeting_fourteen_days_after_the_invitation_has_two_weeks_notice_and_one_thirteen_days_after_is_short() {
        LocalDate told = LocalDate.of(2026, 6, 1);
        assertThat(calendar.earliestReviewMeeting(told)).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(calendar.shortNotice(told, LocalDate.of(2026, 6, 15))).isFalse();
        assertThat(calendar.shortNotice(told, LocalDate.of(2026, 6, 14))).isTrue();
        assertThat(calendar.shortNotice(told, told.plusDays(1))).isTrue();
    }

    @Test
    void a_meeting_recorded_on_or_after_the_day_it_was_held_or_with_no_day_of_notice_is_not_marked_short() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertThat(calendar.shortNotice(today, today)).isFalse();
        assertThat(calendar.shortNotice(today, today.minusDays(3))).isFalse();
        assertThat(calendar.shortNotice(null, today.plusDays(3))).isFalse();
    }
}
