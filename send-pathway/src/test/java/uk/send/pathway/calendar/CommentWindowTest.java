package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * The family's window to comment on a draft plan (reg 13(1): at least 15 days), as the parent's page counts
 * it down. "Today" comes from a fixed clock, as it does from the injected one in the application.
 */
class CommentWindowTest {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final StatutoryCalendar calendar = new StatutoryCalendar();

    // A draft sent on Monday 2 March 2026: comments close on Monday 16 March 2026 (the day sent is day 1 of 15).
    final LocalDate sent = LocalDate.of(2026, 3, 2);

    static LocalDate today(int month, int day) {
        Clock fixed = Clock.fixed(LocalDate.of(2026, month, day).atTime(9, 30).atZone(LONDON).toInstant(), LONDON);
        return LocalDate.now(fixed);
    }

    @Test
    void the_window_closes_on_the_day_the_calendar_says() {
        CommentWindow window = CommentWindow.of(calendar, sent, today(3, 2));
        assertThat(window.closesOn()).isEqualTo(calendar.draftCommentsCloseOn(sent)).isEqualTo(LocalDate.of(2026, 3, 16));
    }

    @Test
    void on_the_day_the_draft_is_sent_the_family_has_fifteen_days_including_today() {
        CommentWindow window = CommentWindow.of(calendar, sent, today(3, 2));
        assertThat(window.open()).isTrue();
        assertThat(window.daysLeft()).isEqualTo(15);
        assertThat(window.lastDay()).isFalse();
    }

    @Test
    void a_week_later_eight_days_are_left() {
        assertThat(CommentWindow.of(calendar, sent, today(3, 9)).daysLeft()).isEqualTo(8);
    }

    @Test
    void on_the_closing_day_one_day_is_left_and_it_is_the_last() {
        CommentWindow window = CommentWindow.of(calendar, sent, today(3, 16));
        assertThat(window.open()).isTrue();
        assertThat(window.daysLeft()).isEqualTo(1);
        assertThat(window.lastDay()).isTrue();
    }

    @Test
    void the_day_after_it_closes_the_window_is_closed_with_no_days_left() {
        CommentWindow window = CommentWindow.of(calendar, sent, today(3, 17));
        assertThat(window.open()).isFalse();
        assertThat(window.daysLeft()).isZero();
    }

    @Test
    void across_the_clocks_going_forward_the_count_is_in_calendar_days() {
        // British Summer Time starts on Sunday 29 March 2026: a draft sent on 20 March closes on 3 April.
        CommentWindow window = CommentWindow.of(calendar, LocalDate.of(2026, 3, 20), today(3, 30));
        assertThat(window.closesOn()).isEqualTo(LocalDate.of(2026, 4, 3));
        assertThat(window.daysLeft()).isEqualTo(5);
    }
}
