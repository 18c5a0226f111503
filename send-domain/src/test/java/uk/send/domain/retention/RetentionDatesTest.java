package uk.send.domain.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class RetentionDatesTest {

    private static final RetentionPeriod SIX_YEARS = new RetentionPeriod(6, 0);

    @Test
    void a_record_kept_six_years_from_a_day_is_past_retention_on_that_day_six_years_on_and_not_the_day_before() {
        LocalDate start = LocalDate.of(2020, 9, 3);
        assertThat(RetentionDates.endOf(start, 0, SIX_YEARS)).isEqualTo(LocalDate.of(2026, 9, 3));
        assertThat(RetentionDates.isPast(start, 0, SIX_YEARS, LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(RetentionDates.isPast(start, 0, SIX_YEARS, LocalDate.of(2026, 9, 3))).isTrue();
    }

    @Test
    void a_child_record_kept_six_years_after_the_25th_birthday_ends_on_the_31st_birthday() {
        LocalDate born = LocalDate.of(1995, 5, 17);
        assertThat(RetentionDates.endOf(born, 25, SIX_YEARS)).isEqualTo(LocalDate.of(2026, 5, 17));
    }

    @Test
    void a_child_born_on_29_february_turns_25_on_1_march_in_a_common_year() {
        LocalDate born = LocalDate.of(2000, 2, 29);
        assertThat(RetentionDates.endOf(born, 25, new RetentionPeriod(0, 0))).isEqualTo(LocalDate.of(2025, 3, 1));
        // and the 31st birthday, in a common year, is on 1 March too
        assertThat(RetentionDates.endOf(born, 25, SIX_YEARS)).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(RetentionDates.isPast(born, 25, SIX_YEARS, LocalDate.of(2031, 2, 28))).isFalse();
        assertThat(RetentionDates.isPast(born, 25, SIX_YEARS, LocalDate.of(2031, 3, 1))).isTrue();
    }

    @Test
    void a_child_born_on_29_february_whose_last_birthday_of_the_period_falls_in_a_leap_year_keeps_29_february() {
        // the 28th birthday: 25th birthday + 3 years, counted from the date of birth, not from 1 March 2025
        LocalDate born = LocalDate.of(2000, 2, 29);
        assertThat(RetentionDates.endOf(born, 25, new RetentionPeriod(3, 0))).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void months_that_land_on_a_day_the_month_does_not_have_end_on_the_first_of_the_next_month() {
        assertThat(RetentionDates.endOf(LocalDate.of(2026, 8, 31), 0, new RetentionPeriod(0, 6)))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(RetentionDates.endOf(LocalDate.of(2026, 1, 31), 0, new RetentionPeriod(1, 1)))
                .isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(RetentionDates.endOf(LocalDate.of(2026, 3, 31), 0, new RetentionPeriod(0, 1)))
                .isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(RetentionDates.endOf(LocalDate.of(2026, 3, 30), 0, new RetentionPeriod(0, 1)))
                .isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void the_cutoff_is_the_latest_start_whose_period_has_ended_by_today() {
        LocalDate today = LocalDate.of(2026, 12, 2);
        assertThat(RetentionDates.cutoff(today, 0, SIX_YEARS)).isEqualTo(LocalDate.of(2020, 12, 2));
        // born on or before 2 December 1995: 31 by today
        assertThat(RetentionDates.cutoff(today, 25, SIX_YEARS)).isEqualTo(LocalDate.of(1995, 12, 2));
    }

    @Test
    void on_1_march_of_a_common_year_the_cutoff_takes_in_those_born_on_29_february() {
        LocalDate today = LocalDate.of(2031, 3, 1);
        // those born on 1 March 2000 turn 31 today too, and the 29 February birthday falls before them
        assertThat(RetentionDates.cutoff(today, 25, SIX_YEARS)).isEqualTo(LocalDate.of(2000, 3, 1));
        assertThat(RetentionDates.isPast(LocalDate.of(2000, 2, 29), 25, SIX_YEARS, today)).isTrue();
        // the day before, the cutoff is 28 February: a 29 February birthday is not yet past
        assertThat(RetentionDates.cutoff(LocalDate.of(2031, 2, 28), 25, SIX_YEARS)).isEqualTo(LocalDate.of(2000, 2, 28));
    }

    @Test
    void on_29_february_of_a_leap_year_the_cutoff_is_29_february() {
        assertThat(RetentionDates.cutoff(LocalDate.of(2028, 2, 29), 0, new RetentionPeriod(4, 0)))
                .isEqualTo(LocalDate.of(2024, 2, 29));
        // starts on 29, 30 and 31 January and 1 February end on 1 March with a one-month period: on 1 March all are past
        assertThat(RetentionDates.cutoff(LocalDate.of(2027, 3, 1), 0, new RetentionPeriod(0, 1)))
                .isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(RetentionDates.cutoff(LocalDate.of(2027, 2, 28), 0, new RetentionPeriod(0, 1)))
                .isEqualTo(LocalDate.of(2027, 1, 28));
    }

    @Test
    void the_cutoff_agrees_with_the_end_date_for_every_start_across_leap_years() {
        RetentionPeriod period = new RetentionPeriod(1, 1);
        for (LocalDate today = LocalDate.of(2027, 1, 1); today.isBefore(LocalDate.of(2029, 1, 1)); today = today.plusDays(1)) {
            LocalDate cutoff = RetentionDates.cutoff(today, 0, period);
            assertThat(RetentionDates.isPast(cutoff, 0, period, today)).isTrue();
            assertThat(RetentionDates.isPast(cutoff.plusDays(1), 0, period, today)).isFalse();
        }
    }

    @Test
    void a_period_is_at_least_a_month_at_most_a_hundred_years_and_its_months_under_twelve() {
        assertThatThrownBy(() -> new RetentionPeriod(0, 0).requireUsable()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPeriod(101, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPeriod(1, 12)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetentionPeriod(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new RetentionPeriod(0, 1).requireUsable()).isEqualTo(new RetentionPeriod(0, 1));
    }
}
