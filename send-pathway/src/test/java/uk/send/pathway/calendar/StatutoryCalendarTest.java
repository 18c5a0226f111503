package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StatutoryCalendarTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();

    @Test
    void a_request_received_on_monday_6_january_2025_gives_every_assessment_deadline() {
        // Request received Monday 6 January 2025 (day 0)
        //   → decision whether to assess due Monday 17 February 2025 (6 weeks, reg 5(1))
        //   → decision not to issue due Monday 28 April 2025 (16 weeks, reg 10(1))
        //   → final plan due Monday 26 May 2025 (20 weeks, reg 13(2))
        AssessmentDeadlines deadlines = calendar.deadlinesFor(LocalDate.of(2025, 1, 6));

        assertThat(deadlines.requestReceived()).isEqualTo(LocalDate.of(2025, 1, 6));
        assertThat(deadlines.decisionToAssessDue()).isEqualTo(LocalDate.of(2025, 2, 17));
        assertThat(deadlines.decisionNotToIssueDue()).isEqualTo(LocalDate.of(2025, 4, 28));
        assertThat(deadlines.finalPlanDue()).isEqualTo(LocalDate.of(2025, 5, 26));
    }

    @Test
    void every_deadline_falls_on_the_same_weekday_as_the_request_because_weeks_are_calendar_weeks() {
        AssessmentDeadlines deadlines = calendar.deadlinesFor(LocalDate.of(2025, 1, 6));

        assertThat(deadlines.decisionToAssessDue().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(deadlines.decisionNotToIssueDue().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(deadlines.finalPlanDue().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void deadlines_fall_on_calendar_days_even_when_that_is_a_weekend_or_a_bank_holiday() {
        // Request received Sunday 31 August 2025 → decision due Sunday 12 October 2025; final plan due
        // Sunday 18 January 2026. Nothing is moved to the next working day.
        AssessmentDeadlines deadlines = calendar.deadlinesFor(LocalDate.of(2025, 8, 31));
        assertThat(deadlines.decisionToAssessDue()).isEqualTo(LocalDate.of(2025, 10, 12));
        assertThat(deadlines.finalPlanDue()).isEqualTo(LocalDate.of(2026, 1, 18));

        // Request received Monday 24 March 2025 → decision due Monday 5 May 2025, the early May bank holiday,
        // and it stays there.
        assertThat(calendar.deadlinesFor(LocalDate.of(2025, 3, 24)).decisionToAssessDue())
                .isEqualTo(LocalDate.of(2025, 5, 5));
    }

    @ParameterizedTest(name = "request received {0} → decision {1}, not to issue {2}, final plan {3}")
    @CsvSource({
            // the last day of a month: adding whole days never clamps to a shorter month
            "2025-01-31, 2025-03-14, 2025-05-23, 2025-06-20",
            "2025-04-30, 2025-06-11, 2025-08-20, 2025-09-17",
            "2025-08-31, 2025-10-12, 2025-12-21, 2026-01-18",
            "2025-12-31, 2026-02-11, 2026-04-22, 2026-05-20",
    })
    void requests_received_on_the_last_day_of_a_month_count_whole_calendar_days(LocalDate request,
            LocalDate decisionToAssess, LocalDate decisionNotToIssue, LocalDate finalPlan) {
        assertThat(calendar.deadlinesFor(request))
                .isEqualTo(new AssessmentDeadlines(request, decisionToAssess, decisionNotToIssue, finalPlan));
    }

    @Test
    void twenty_weeks_that_span_29_february_end_a_day_earlier_in_the_calendar_than_in_a_common_year() {
        // Request Saturday 1 January 2028 → final plan due Saturday 20 May 2028 (29 February 2028 is one of the
        // 140 days); the same request in 2027 → Friday 21 May 2027.
        assertThat(calendar.deadlinesFor(LocalDate.of(2028, 1, 1)).finalPlanDue())
                .isEqualTo(LocalDate.of(2028, 5, 20));
        assertThat(calendar.deadlinesFor(LocalDate.of(2027, 1, 1)).finalPlanDue())
                .isEqualTo(LocalDate.of(2027, 5, 21));
    }

    @Test
    void a_request_in_october_2027_has_its_final_plan_due_after_the_leap_day() {
        // Request Wednesday 20 October 2027 → decision not to issue due Wednesday 9 February 2028; final plan due
        // Wednesday 8 March 2028. A year earlier (no leap day): Tuesday 20 October 2026 → Tuesday 9 March 2027.
        AssessmentDeadlines leap = calendar.deadlinesFor(LocalDate.of(2027, 10, 20));
        assertThat(leap.decisionNotToIssueDue()).isEqualTo(LocalDate.of(2028, 2, 9));
        assertThat(leap.finalPlanDue()).isEqualTo(LocalDate.of(2028, 3, 8));
        assertThat(calendar.deadlinesFor(LocalDate.of(2026, 10, 20)).finalPlanDue())
                .isEqualTo(LocalDate.of(2027, 3, 9));
    }

    @Test
    void a_request_received_on_29_february_counts_from_the_leap_day_itself() {
        // Request Tuesday 29 February 2028 → decision due Tuesday 11 April 2028; final plan Tuesday 18 July 2028.
        AssessmentDeadlines deadlines = calendar.deadlinesFor(LocalDate.of(2028, 2, 29));
        assertThat(deadlines.decisionToAssessDue()).isEqualTo(LocalDate.of(2028, 4, 11));
        assertThat(deadlines.finalPlanDue()).isEqualTo(LocalDate.of(2028, 7, 18));
    }

    @Test
    void the_clocks_going_forward_on_the_last_sunday_of_march_do_not_move_a_deadline() {
        // Request Sunday 30 March 2025, the day British Summer Time starts → decision due Sunday 11 May 2025.
        // Between those midnights in London there are only 1,007 hours, yet the deadline is 42 calendar days on.
        LocalDate request = LocalDate.of(2025, 3, 30);
        LocalDate due = calendar.deadlinesFor(request).decisionToAssessDue();

        assertThat(due).isEqualTo(LocalDate.of(2025, 5, 11));
        assertThat(hoursInLondonBetween(request, due)).isEqualTo(42 * 24 - 1);
        assertThat(calendar.deadlinesFor(request).finalPlanDue()).isEqualTo(LocalDate.of(2025, 8, 17));
    }

    @Test
    void the_clocks_going_back_on_the_last_sunday_of_october_do_not_move_a_deadline() {
        // Request Sunday 26 October 2025, the day British Summer Time ends → decision due Sunday 7 December 2025;
        // final plan due Sunday 15 March 2026. 1,009 hours pass in London before the decision date.
        LocalDate request = LocalDate.of(2025, 10, 26);
        LocalDate due = calendar.deadlinesFor(request).decisionToAssessDue();

        assertThat(due).isEqualTo(LocalDate.of(2025, 12, 7));
        assertThat(hoursInLondonBetween(request, due)).isEqualTo(42 * 24 + 1);
        assertThat(calendar.deadlinesFor(request).finalPlanDue()).isEqualTo(LocalDate.of(2026, 3, 15));
    }

    @Test
    void advice_is_due_six_weeks_from_each_request_for_advice_not_from_the_assessment_request() {
        // Advice asked of the educational psychologist Wednesday 19 February 2025 → due Wednesday 2 April 2025;
        // advice asked of health a week later, Wednesday 26 February 2025 → due Wednesday 9 April 2025.
        assertThat(calendar.adviceDue(LocalDate.of(2025, 2, 19))).isEqualTo(LocalDate.of(2025, 4, 2));
        assertThat(calendar.adviceDue(LocalDate.of(2025, 2, 26))).isEqualTo(LocalDate.of(2025, 4, 9));
    }

    @Test
    void the_draft_comment_window_counts_the_day_the_draft_is_sent_as_its_first_day() {
        // Draft sent Monday 3 March 2025. "At least 15 days, beginning on the day the draft was served":
        // days 1..15 are Monday 3 March .. Monday 17 March 2025, so comments close on 17 March
        // and the earliest the council may finalise is Tuesday 18 March 2025.
        LocalDate sent = LocalDate.of(2025, 3, 3);

        assertThat(calendar.draftCommentsCloseOn(sent)).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(calendar.earliestFinalisationDate(sent)).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(ChronoUnit.DAYS.between(sent, calendar.draftCommentsCloseOn(sent)) + 1).isEqualTo(15);
    }

    @Test
    void the_earliest_finalisation_date_is_the_day_after_comments_close() {
        LocalDate sent = LocalDate.of(2028, 2, 20);
        // Sent Sunday 20 February 2028 → comments close Sunday 5 March 2028 (through 29 February); finalise from
        // Monday 6 March 2028.
        assertThat(calendar.draftCommentsCloseOn(sent)).isEqualTo(LocalDate.of(2028, 3, 5));
        assertThat(calendar.earliestFinalisationDate(sent)).isEqualTo(LocalDate.of(2028, 3, 6));
    }

    @Test
    void the_calendar_refuses_missing_dates() {
        assertThatNullPointerException().isThrownBy(() -> calendar.deadlinesFor(null));
        assertThatNullPointerException().isThrownBy(() -> calendar.adviceDue(null));
        assertThatNullPointerException().isThrownBy(() -> calendar.draftCommentsCloseOn(null));
        assertThatNullPointerException().isThrownBy(() -> calendar.earliestFinalisationDate(null));
    }

    @Test
    void assessment_deadlines_refuse_missing_dates() {
        LocalDate day = LocalDate.of(2025, 1, 6);
        assertThatNullPointerException().isThrownBy(() -> new AssessmentDeadlines(null, day, day, day));
        assertThatNullPointerException().isThrownBy(() -> new AssessmentDeadlines(day, null, day, day));
        assertThatNullPointerException().isThrownBy(() -> new AssessmentDeadlines(day, day, null, day));
        assertThatNullPointerException().isThrownBy(() -> new AssessmentDeadlines(day, day, day, null));
    }

    private static long hoursInLondonBetween(LocalDate from, LocalDate to) {
        ZoneId london = ZoneId.of("Europe/London");
        return Duration.between(from.atStartOfDay(london), to.atStartOfDay(london)).toHours();
    }
}
