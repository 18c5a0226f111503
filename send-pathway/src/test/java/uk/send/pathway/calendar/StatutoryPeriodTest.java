package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.Period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class StatutoryPeriodTest {

    @ParameterizedTest(name = "{0} lasts {1} days under {2}")
    @CsvSource(delimiter = '|', textBlock = """
            DECISION_TO_ASSESS            | 42  | reg 5(1)
            ADVICE                        | 42  | reg 8(1)
            DECISION_NOT_TO_ISSUE         | 112 | reg 10(1)
            DRAFT_COMMENTS                | 15  | reg 13(1)
            SETTING_CONSULTATION_RESPONSE | 15  | Code of Practice 9.83
            FINAL_PLAN                    | 140 | reg 13(2)
            TRIBUNAL_NOTIFY_WILL_ASSESS   | 14  | reg 45(3)
            TRIBUNAL_DECIDE_NO_PLAN       | 70  | reg 45(3A)(a)
            TRIBUNAL_FINALISED_PLAN       | 98  | reg 45(3A)(b)
            TRIBUNAL_AMENDED_PLAN         | 35  | reg 45(4)
            REVIEW_MEETING_NOTICE         | 14  | reg 20(3)
            REVIEW_REPORT                 | 14  | reg 20
            REVIEW_DECISION               | 28  | reg 20
            AMENDMENT_COMMENTS            | 15  | reg 22(2)(c)
            AMENDED_PLAN                  | 56  | reg 22(3)
            ORDER_NOTIFY_WILL_ASSESS      | 14  | reg 44(2)(b)
            ORDER_DECIDE_NO_PLAN          | 70  | reg 44(2)(b)(i)
            ORDER_FINALISED_PLAN          | 98  | reg 44(2)(b)(ii)
            ORDER_DRAFT_PLAN              | 35  | reg 44(2)(c)(i)
            ORDER_FINAL_PLAN              | 77  | reg 44(2)(c)(ii)
            ORDER_RECONSIDER              | 14  | reg 44(2)(d)
            ORDER_AMENDED_PLAN            | 35  | reg 44(2)(e)
            ORDER_AMENDED_PLACEMENT       | 14  | reg 44(2)(f)
            """)
    void each_statutory_period_has_its_length_in_calendar_days_and_its_reference(StatutoryPeriod period, int days,
            String reference) {
        assertThat(period.days()).isEqualTo(days);
        assertThat(period.length()).isEqualTo(Period.ofDays(days));
        assertThat(period.reference()).isEqualTo(reference);
    }

    @ParameterizedTest
    @EnumSource(value = StatutoryPeriod.class, names = {"ANNUAL_REVIEW", "UNDER_FIVE_REVIEW_LONGEST", "UNDER_FIVE_REVIEW_SHORTEST",
            "SUPPORT_PLAN_REVIEW_LONGEST", "APPEAL", "APPEAL_AFTER_MEDIATION"}, mode = EnumSource.Mode.EXCLUDE)
    void every_period_but_the_review_cycles_and_the_appeal_limits_is_whole_days_never_months_so_a_month_end_start_is_never_clamped(StatutoryPeriod period) {
        assertThat(period.inMonths()).isFalse();
        assertThat(period.length().getMonths()).isZero();
        assertThat(period.length().getYears()).isZero();
        assertThat(period.days()).isPositive();
    }

    @ParameterizedTest(name = "{0} lasts {1} months under {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ANNUAL_REVIEW              | 12 | CFA 2014 s.44(1)
            UNDER_FIVE_REVIEW_LONGEST  | 6  | Code of Practice 9.178
            UNDER_FIVE_REVIEW_SHORTEST | 3  | Code of Practice 9.178
            SUPPORT_PLAN_REVIEW_LONGEST | 12 | Schools White Paper 2026 (proposal)
            APPEAL                     | 2  | Tribunal Procedure (HESC) Rules 2008 r.20(1)(a)
            APPEAL_AFTER_MEDIATION     | 1  | Tribunal Procedure (HESC) Rules 2008 r.20(1)(b)
            """)
    void the_review_cycles_are_set_in_months_as_the_law_sets_them(StatutoryPeriod period, int months, String reference) {
        assertThat(period.inMonths()).isTrue();
        assertThat(period.length()).isEqualTo(Period.ofMonths(months));
        assertThat(period.reference()).isEqualTo(reference);
    }

    @Test
    void weeks_are_calendar_weeks_so_twenty_weeks_is_one_hundred_and_forty_days() {
        assertThat(StatutoryPeriod.FINAL_PLAN.length()).isEqualTo(Period.ofWeeks(20));
        assertThat(StatutoryPeriod.FINAL_PLAN.days()).isEqualTo(140);
    }

    @Test
    void a_period_runs_from_its_start_date_to_the_start_plus_its_length() {
        // Decision to assess: request Monday 6 January 2025 → decision due Monday 17 February 2025.
        assertThat(StatutoryPeriod.DECISION_TO_ASSESS.from(LocalDate.of(2025, 1, 6)))
                .isEqualTo(LocalDate.of(2025, 2, 17));
        // Tribunal concession: notice to the tribunal Friday 7 March 2025 → amended plan by Friday 11 April 2025.
        assertThat(StatutoryPeriod.TRIBUNAL_AMENDED_PLAN.from(LocalDate.of(2025, 3, 7)))
                .isEqualTo(LocalDate.of(2025, 4, 11));
        // Review meeting Thursday 12 June 2025 → decision by Thursday 10 July 2025.
        assertThat(StatutoryPeriod.REVIEW_DECISION.from(LocalDate.of(2025, 6, 12)))
                .isEqualTo(LocalDate.of(2025, 7, 10));
    }

    @Test
    void only_the_comment_windows_and_the_meeting_notice_are_minimum_periods_every_other_row_is_a_time_limit() {
        assertThat(StatutoryPeriod.values()).filteredOn(StatutoryPeriod::isMinimum)
                .containsExactlyInAnyOrder(StatutoryPeriod.DRAFT_COMMENTS, StatutoryPeriod.AMENDMENT_COMMENTS,
                        StatutoryPeriod.REVIEW_MEETING_NOTICE);
    }

    @ParameterizedTest
    @EnumSource(StatutoryPeriod.class)
    void every_period_refuses_to_count_from_a_missing_date(StatutoryPeriod period) {
        assertThatNullPointerException().isThrownBy(() -> period.from(null));
    }

    @ParameterizedTest
    @EnumSource(StatutoryPeriod.class)
    void every_period_has_a_description_for_people_to_read(StatutoryPeriod period) {
        assertThat(period.description()).isNotBlank();
    }
}
