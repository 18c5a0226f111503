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
}
