package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DeadlineStatusTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();

    // Final plan due Monday 26 May 2025 (request received Monday 6 January 2025).
    final LocalDate due = LocalDate.of(2025, 5, 26);

    @Test
    void a_deadline_due_today_is_due_soon_not_overdue() {
        assertThat(calendar.status(due, due)).isEqualTo(DeadlineStatus.DUE_SOON);
        assertThat(calendar.daysUntil(due, due)).isZero();
    }

    @Test
    void a_deadline_fourteen_days_away_is_due_soon() {
        // Today Monday 12 May 2025.
        LocalDate today = LocalDate.of(2025, 5, 12);
        assertThat(StatutoryCalendar.DUE_SOON_DAYS).isEqualTo(14);
        assertThat(calendar.daysUntil(due, today)).isEqualTo(14);
        assertThat(calendar.status(due, today)).isEqualTo(DeadlineStatus.DUE_SOON);
    }

    @Test
    void a_deadline_fifteen_days_away_is_on_track() {
        // Today Sunday 11 May 2025.
        LocalDate today = LocalDate.of(2025, 5, 11);
        assertThat(calendar.daysUntil(due, today)).isEqualTo(15);
        assertThat(calendar.status(due, today)).isEqualTo(DeadlineStatus.ON_TRACK);
    }

    @Test
    void the_day_after_the_deadline_it_is_overdue_by_one_day() {
        LocalDate today = LocalDate.of(2025, 5, 27);
        assertThat(calendar.status(due, today)).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(calendar.daysUntil(due, today)).isEqualTo(-1);
    }

    @Test
    void a_deadline_long_past_stays_overdue_with_the_days_counted_back() {
        assertThat(calendar.status(due, LocalDate.of(2026, 5, 26))).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(calendar.daysUntil(due, LocalDate.of(2026, 5, 26))).isEqualTo(-365);
    }

    @Test
    void a_deadline_months_away_is_on_track() {
        assertThat(calendar.status(due, LocalDate.of(2025, 1, 6))).isEqualTo(DeadlineStatus.ON_TRACK);
        assertThat(calendar.daysUntil(due, LocalDate.of(2025, 1, 6))).isEqualTo(140);
    }

    @Test
    void days_until_counts_29_february_as_a_day() {
        assertThat(calendar.daysUntil(LocalDate.of(2028, 3, 1), LocalDate.of(2028, 2, 28))).isEqualTo(2);
        assertThat(calendar.daysUntil(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 2, 28))).isEqualTo(1);
    }

    @Test
    void status_and_days_until_need_both_dates() {
        assertThatNullPointerException().isThrownBy(() -> calendar.status(null, due));
        assertThatNullPointerException().isThrownBy(() -> calendar.status(due, null));
        assertThatNullPointerException().isThrownBy(() -> calendar.daysUntil(null, due));
        assertThatNullPointerException().isThrownBy(() -> calendar.daysUntil(due, null));
    }
}
