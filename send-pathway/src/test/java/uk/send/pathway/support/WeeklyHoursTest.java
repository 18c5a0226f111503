package uk.send.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Hours a week of provision: hundredths of an hour, never a float, at most 40 hours a week. */
class WeeklyHoursTest {

    @Test
    void hours_are_read_as_a_decimal_with_at_most_two_places() {
        assertThat(WeeklyHours.parse("1.5").centihours()).isEqualTo(150);
        assertThat(WeeklyHours.parse(" 2 ").centihours()).isEqualTo(200);
        assertThat(WeeklyHours.parse("0.25").centihours()).isEqualTo(25);
        assertThat(WeeklyHours.parse("40").centihours()).isEqualTo(4000);
    }

    @Test
    void anything_else_is_refused() {
        for (String bad : List.of("", "one", "1.255", "-1", "40.01", "1e3", "99999999999999999999", "1,5")) {
            assertThatIllegalArgumentException().as(bad).isThrownBy(() -> WeeklyHours.parse(bad));
        }
    }

    @Test
    void hours_are_shown_without_needless_decimals_and_add_up_exactly() {
        assertThat(WeeklyHours.parse("1.50").format()).isEqualTo("1.5");
        assertThat(WeeklyHours.parse("3").format()).isEqualTo("3");
        assertThat(WeeklyHours.sum(List.of(WeeklyHours.parse("0.1"), WeeklyHours.parse("0.2"))).format()).isEqualTo("0.3");
    }
}
