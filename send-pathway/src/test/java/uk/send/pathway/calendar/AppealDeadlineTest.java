package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The time limit to appeal against a decision (ceasing a plan, for one), at its edges. */
class AppealDeadlineTest {

    private final StatutoryCalendar calendar = new StatutoryCalendar();

    @Test
    void an_appeal_is_due_within_2_months_of_the_notice_clamped_to_a_months_end() {
        assertThat(calendar.appealBy(LocalDate.of(2026, 3, 2))).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(calendar.appealBy(LocalDate.of(2025, 12, 31))).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(calendar.appealBy(LocalDate.of(2027, 12, 31))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(StatutoryPeriod.APPEAL.reference()).contains("r.20");
    }

    @Test
    void a_later_mediation_certificate_gives_1_month_from_it_and_an_earlier_one_never_shortens_the_2_months() {
        LocalDate notice = LocalDate.of(2026, 3, 2);
        assertThat(calendar.appealByAfterMediation(notice, LocalDate.of(2026, 4, 20))).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(calendar.appealByAfterMediation(notice, LocalDate.of(2026, 3, 10))).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(calendar.appealByAfterMediation(notice, LocalDate.of(2026, 4, 2))).isEqualTo(LocalDate.of(2026, 5, 2));
    }

    @Test
    void the_appeal_window_names_the_period_that_gives_the_later_day_with_no_certificate_the_2_months() {
        LocalDate notice = LocalDate.of(2026, 3, 2);
        assertThat(calendar.appealWindow(notice, null))
                .isEqualTo(new StatutoryCalendar.AppealWindow(StatutoryPeriod.APPEAL, LocalDate.of(2026, 5, 2)));
        assertThat(calendar.appealWindow(notice, LocalDate.of(2026, 4, 2)))
                .as("a certificate giving the same day leaves the 2 months as the limit")
                .isEqualTo(new StatutoryCalendar.AppealWindow(StatutoryPeriod.APPEAL, LocalDate.of(2026, 5, 2)));
        assertThat(calendar.appealWindow(notice, LocalDate.of(2026, 4, 3)))
                .isEqualTo(new StatutoryCalendar.AppealWindow(StatutoryPeriod.APPEAL_AFTER_MEDIATION,
                        LocalDate.of(2026, 5, 3)));
    }

    @Test
    void an_appeal_registered_on_the_last_day_is_in_time_and_the_day_after_is_late() {
        StatutoryCalendar.AppealWindow window = calendar.appealWindow(LocalDate.of(2026, 3, 2), null);
        assertThat(window.late(LocalDate.of(2026, 5, 2))).isFalse();
        assertThat(window.late(LocalDate.of(2026, 5, 3))).isTrue();
        assertThat(window.late(null)).as("not registered yet").isFalse();
    }
}
