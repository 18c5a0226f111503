package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The council's compliance dates after a tribunal order (reg 44) or a conceded appeal (reg 45). */
class TribunalComplianceTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();
    /** Friday 5 March 2027. */
    final LocalDate order = LocalDate.of(2027, 3, 5);

    @Test
    void an_order_to_assess_gives_two_weeks_to_notify_then_ten_for_no_plan_or_fourteen_for_the_final_plan() {
        assertThat(calendar.complianceSteps(TribunalCompliance.ORDER_ASSESS, order))
                .extracting(StatutoryCalendar.ComplianceStep::due)
                .containsExactly(LocalDate.of(2027, 3, 19), LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 11));
        assertThat(calendar.complianceDue(TribunalCompliance.ORDER_ASSESS, order)).isEqualTo(LocalDate.of(2027, 3, 19));
    }

    @Test
    void an_order_to_make_a_plan_gives_five_weeks_for_the_draft_and_eleven_for_the_final() {
        assertThat(calendar.complianceSteps(TribunalCompliance.ORDER_MAKE_PLAN, order))
                .extracting(StatutoryCalendar.ComplianceStep::due)
                .containsExactly(LocalDate.of(2027, 4, 9), LocalDate.of(2027, 5, 21));
    }

    @Test
    void an_order_to_amend_gives_five_weeks_and_one_to_change_only_the_setting_two() {
        assertThat(calendar.complianceDue(TribunalCompliance.ORDER_AMEND_PLAN, order)).isEqualTo(LocalDate.of(2027, 4, 9));
        assertThat(calendar.complianceDue(TribunalCompliance.ORDER_AMEND_PLACEMENT, order))
                .isEqualTo(LocalDate.of(2027, 3, 19));
        assertThat(calendar.complianceDue(TribunalCompliance.ORDER_RECONSIDER, order)).isEqualTo(LocalDate.of(2027, 3, 19));
    }

    @Test
    void a_concession_counts_from_the_notice_to_the_tribunal_with_the_reg_45_periods() {
        assertThat(calendar.complianceSteps(TribunalCompliance.CONCEDED_ASSESS, order))
                .extracting(s -> s.period().reference())
                .containsExactly("reg 45(3)", "reg 45(3A)(a)", "reg 45(3A)(b)");
        assertThat(calendar.complianceDue(TribunalCompliance.CONCEDED_AMEND, order)).isEqualTo(LocalDate.of(2027, 4, 9));
        assertThat(TribunalCompliance.CONCEDED_AMEND.isConcession()).isTrue();
        assertThat(TribunalCompliance.ORDER_AMEND_PLAN.isConcession()).isFalse();
    }

    @Test
    void a_step_due_on_the_last_day_across_a_month_end_counts_calendar_days() {
        // order Friday 29 January 2027: two weeks is Friday 12 February
        assertThat(calendar.complianceDue(TribunalCompliance.ORDER_RECONSIDER, LocalDate.of(2027, 1, 29)))
                .isEqualTo(LocalDate.of(2027, 2, 12));
    }

    @Test
    void the_reg_45_periods_are_those_of_the_domain_two_ten_fourteen_and_five_weeks_each_with_its_regulation() {
        assertThat(StatutoryPeriod.TRIBUNAL_NOTIFY_WILL_ASSESS.days()).isEqualTo(14);
        assertThat(StatutoryPeriod.TRIBUNAL_DECIDE_NO_PLAN.days()).isEqualTo(70);
        assertThat(StatutoryPeriod.TRIBUNAL_FINALISED_PLAN.days()).isEqualTo(98);
        assertThat(StatutoryPeriod.TRIBUNAL_AMENDED_PLAN.days()).isEqualTo(35);
        for (TribunalCompliance c : TribunalCompliance.values()) {
            assertThat(c.periods()).allSatisfy(p -> assertThat(p.reference())
                    .as(c + " counts under its own regulation").startsWith(c.isConcession() ? "reg 45(" : "reg 44(2)("));
        }
    }

    @Test
    void a_concession_s_steps_fall_two_ten_and_fourteen_weeks_after_the_notice_and_an_amendment_five() {
        // notice to the tribunal Friday 5 March 2027
        assertThat(calendar.complianceSteps(TribunalCompliance.CONCEDED_ASSESS, order))
                .extracting(StatutoryCalendar.ComplianceStep::due)
                .containsExactly(LocalDate.of(2027, 3, 19), LocalDate.of(2027, 5, 14), LocalDate.of(2027, 6, 11));
        assertThat(calendar.complianceSteps(TribunalCompliance.CONCEDED_AMEND, order))
                .extracting(StatutoryCalendar.ComplianceStep::due).containsExactly(LocalDate.of(2027, 4, 9));
    }

    @Test
    void each_compliance_step_is_on_time_on_its_last_day_and_overdue_the_day_after() {
        for (TribunalCompliance c : TribunalCompliance.values()) {
            for (StatutoryCalendar.ComplianceStep step : calendar.complianceSteps(c, order)) {
                assertThat(step.due()).as(step.period().name()).isEqualTo(order.plusDays(step.period().days()));
                assertThat(calendar.status(step.due(), step.due())).as(step.period().name()).isNotEqualTo(DeadlineStatus.OVERDUE);
                assertThat(calendar.status(step.due(), step.due().plusDays(1))).as(step.period().name())
                        .isEqualTo(DeadlineStatus.OVERDUE);
            }
        }
    }
}
