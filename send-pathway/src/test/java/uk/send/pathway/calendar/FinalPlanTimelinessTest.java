package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FinalPlanTimelinessTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();

    // Request received Monday 6 January 2025 → final plan due Monday 26 May 2025.
    final LocalDate request = LocalDate.of(2025, 1, 6);
    final LocalDate due = LocalDate.of(2025, 5, 26);

    @Test
    void a_plan_issued_on_the_due_date_is_within_twenty_weeks() {
        Timeliness timeliness = calendar.finalPlanTimeliness(request, due, List.of());

        assertThat(timeliness.requestReceived()).isEqualTo(request);
        assertThat(timeliness.due()).isEqualTo(due);
        assertThat(timeliness.issuedOn()).isEqualTo(due);
        assertThat(timeliness.daysTaken()).isEqualTo(140);
        assertThat(timeliness.weeksTaken()).isEqualTo(20);
        assertThat(timeliness.daysOverWholeWeeks()).isZero();
        assertThat(timeliness.withinTwentyWeeks()).isTrue();
    }

    @Test
    void a_plan_issued_the_day_after_the_due_date_is_late() {
        // Issued Tuesday 27 May 2025: 20 weeks and 1 day.
        Timeliness timeliness = calendar.finalPlanTimeliness(request, LocalDate.of(2025, 5, 27), List.of());

        assertThat(timeliness.withinTwentyWeeks()).isFalse();
        assertThat(timeliness.daysTaken()).isEqualTo(141);
        assertThat(timeliness.weeksTaken()).isEqualTo(20);
        assertThat(timeliness.daysOverWholeWeeks()).isEqualTo(1);
    }

    @Test
    void a_plan_issued_on_the_day_of_the_request_took_no_days() {
        Timeliness timeliness = calendar.finalPlanTimeliness(request, request, List.of());
        assertThat(timeliness.daysTaken()).isZero();
        assertThat(timeliness.withinTwentyWeeks()).isTrue();
    }

    @Test
    void with_no_exception_recorded_a_plan_counts_in_both_measures() {
        Timeliness onTime = calendar.finalPlanTimeliness(request, LocalDate.of(2025, 5, 1), List.of());
        Timeliness late = calendar.finalPlanTimeliness(request, LocalDate.of(2025, 6, 30), List.of());

        assertThat(onTime.exceptionApplies()).isFalse();
        assertThat(onTime.countsInMeasureExcludingExceptions()).isTrue();
        assertThat(onTime.withinTwentyWeeksExcludingExceptionCases()).isTrue();

        assertThat(late.countsInMeasureExcludingExceptions()).isTrue();
        assertThat(late.withinTwentyWeeksExcludingExceptionCases()).isFalse();
    }

    @Test
    void an_exception_entirely_inside_the_assessment_leaves_the_plan_out_of_the_measure_excluding_exceptions() {
        // Family away from the area Monday 3 March to Sunday 6 April 2025 (5 weeks); plan issued Monday 16 June 2025.
        AssessmentException away = exception(Reg10Exception.AWAY_FROM_AREA, "2025-03-03", "2025-04-06");

        Timeliness timeliness = calendar.finalPlanTimeliness(request, LocalDate.of(2025, 6, 16), List.of(away));

        assertThat(timeliness.withinTwentyWeeks()).isFalse();
        assertThat(timeliness.exceptionApplies()).isTrue();
        assertThat(timeliness.countsInMeasureExcludingExceptions()).isFalse();
        assertThat(timeliness.withinTwentyWeeksExcludingExceptionCases()).isFalse();
    }

    @Test
    void an_exception_that_overlaps_only_the_start_of_the_assessment_still_applies() {
        // Exceptional personal circumstances Wednesday 1 January to Friday 10 January 2025; request Monday 6 January.
        AssessmentException illness = exception(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "2025-01-01",
                "2025-01-10");

        assertThat(calendar.finalPlanTimeliness(request, due, List.of(illness)).exceptionApplies()).isTrue();
    }

    @Test
    void an_exception_that_overlaps_only_the_end_of_the_assessment_still_applies() {
        // Circumstances begin on the issue date itself, Monday 2 June 2025, and last into July.
        AssessmentException illness = exception(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "2025-06-02",
                "2025-07-15");

        assertThat(calendar.finalPlanTimeliness(request, LocalDate.of(2025, 6, 2), List.of(illness))
                .exceptionApplies()).isTrue();
    }

    @Test
    void an_exception_that_covers_the_whole_assessment_applies() {
        AssessmentException illness = exception(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "2024-12-01",
                "2025-07-31");

        assertThat(calendar.finalPlanTimeliness(request, due, List.of(illness)).exceptionApplies()).isTrue();
    }

    @Test
    void an_exception_that_ends_the_day_before_the_request_does_not_apply() {
        AssessmentException illness = exception(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "2024-12-01",
                "2025-01-05");

        Timeliness timeliness = calendar.finalPlanTimeliness(request, due, List.of(illness));
        assertThat(timeliness.exceptionApplies()).isFalse();
        assertThat(timeliness.countsInMeasureExcludingExceptions()).isTrue();
    }

    @Test
    void an_exception_that_starts_the_day_after_the_plan_is_issued_does_not_apply() {
        AssessmentException illness = exception(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "2025-05-27",
                "2025-06-30");

        assertThat(calendar.finalPlanTimeliness(request, due, List.of(illness)).exceptionApplies()).isFalse();
    }

    @Test
    void a_school_closure_applies_when_its_excepted_window_overlaps_the_assessment() {
        // Summer closure Wednesday 23 July to Tuesday 2 September 2025 (reopens Wednesday 3 September). Excepted
        // window for advice requests: Wednesday 16 July to Wednesday 27 August 2025.
        AssessmentException summer = exception(Reg10Exception.SCHOOL_CLOSURE, "2025-07-23", "2025-09-02");

        // Request Monday 2 June 2025 → due Monday 20 October 2025; issued Monday 3 November 2025.
        Timeliness late = calendar.finalPlanTimeliness(LocalDate.of(2025, 6, 2), LocalDate.of(2025, 11, 3),
                List.of(summer));
        assertThat(late.exceptionApplies()).isTrue();

        // Request Thursday 28 August 2025, after the excepted window closed (school still shut until 2 September).
        Timeliness afterWindow = calendar.finalPlanTimeliness(LocalDate.of(2025, 8, 28), LocalDate.of(2026, 1, 15),
                List.of(summer));
        assertThat(afterWindow.exceptionApplies()).isFalse();
    }

    @Test
    void one_overlapping_exception_among_several_is_enough() {
        AssessmentException before = exception(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, "2024-10-01",
                "2024-10-31");
        AssessmentException during = exception(Reg10Exception.AWAY_FROM_AREA, "2025-04-01", "2025-04-30");

        assertThat(calendar.finalPlanTimeliness(request, due, List.of(before, during)).exceptionApplies()).isTrue();
    }

    @Test
    void the_two_sen2_percentages_can_be_computed_from_the_cases() {
        // Four plans: on time; late with no exception; late with an exception; on time with an exception.
        AssessmentException away = exception(Reg10Exception.AWAY_FROM_AREA, "2025-02-01", "2025-03-31");
        List<Timeliness> plans = List.of(
                calendar.finalPlanTimeliness(request, LocalDate.of(2025, 5, 20), List.of()),
                calendar.finalPlanTimeliness(request, LocalDate.of(2025, 6, 20), List.of()),
                calendar.finalPlanTimeliness(request, LocalDate.of(2025, 7, 1), List.of(away)),
                calendar.finalPlanTimeliness(request, LocalDate.of(2025, 5, 26), List.of(away)));

        // Including exceptions: every plan is in the denominator → 2 of 4 within 20 weeks.
        long within = plans.stream().filter(Timeliness::withinTwentyWeeks).count();
        assertThat(within).isEqualTo(2);
        assertThat(plans).hasSize(4);

        // Excluding exceptions: plans where an exception applied leave the denominator → 1 of 2.
        long inMeasure = plans.stream().filter(Timeliness::countsInMeasureExcludingExceptions).count();
        long withinExcluding = plans.stream().filter(Timeliness::withinTwentyWeeksExcludingExceptionCases).count();
        assertThat(inMeasure).isEqualTo(2);
        assertThat(withinExcluding).isEqualTo(1);
    }

    @Test
    void a_plan_cannot_be_issued_before_the_request_was_received() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> calendar.finalPlanTimeliness(request, LocalDate.of(2025, 1, 5), List.of()))
                .withMessageContaining("before");
    }

    @Test
    void timeliness_needs_the_dates_and_a_list_of_exceptions_even_if_empty() {
        assertThatNullPointerException().isThrownBy(() -> calendar.finalPlanTimeliness(null, due, List.of()));
        assertThatNullPointerException().isThrownBy(() -> calendar.finalPlanTimeliness(request, null, List.of()));
        assertThatNullPointerException().isThrownBy(() -> calendar.finalPlanTimeliness(request, due, null));
    }

    private static AssessmentException exception(Reg10Exception reason, String from, String to) {
        return new AssessmentException(reason, LocalDate.parse(from), LocalDate.parse(to), "recorded by caseworker");
    }
}
