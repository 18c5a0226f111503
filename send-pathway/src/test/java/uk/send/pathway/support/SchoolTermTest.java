package uk.send.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The school terms the provision map is counted in: three a school year, named by season and calendar year. */
class SchoolTermTest {

    @Test
    void the_autumn_term_runs_from_1_september_to_31_december() {
        SchoolTerm autumn = SchoolTerm.containing(LocalDate.of(2026, 10, 15));
        assertThat(autumn.season()).isEqualTo(SchoolTerm.Season.AUTUMN);
        assertThat(autumn.startsOn()).isEqualTo(LocalDate.of(2026, 9, 1));
        assertThat(autumn.endsOn()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(autumn.days()).isEqualTo(122);
        assertThat(autumn.schoolWeeks()).isEqualTo(14);
    }

    @Test
    void the_spring_term_runs_from_1_january_to_31_march_and_is_longer_in_a_leap_year() {
        SchoolTerm spring = SchoolTerm.containing(LocalDate.of(2027, 1, 1));
        assertThat(spring.startsOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(spring.endsOn()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(spring.days()).isEqualTo(90);
        assertThat(SchoolTerm.containing(LocalDate.of(2028, 2, 29)).days()).isEqualTo(91);
        assertThat(spring.schoolWeeks()).isEqualTo(12);
    }

    @Test
    void the_summer_term_runs_from_1_april_to_31_august() {
        SchoolTerm summer = SchoolTerm.containing(LocalDate.of(2027, 8, 31));
        assertThat(summer.season()).isEqualTo(SchoolTerm.Season.SUMMER);
        assertThat(summer.startsOn()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(summer.days()).isEqualTo(153);
        assertThat(summer.schoolWeeks()).isEqualTo(12);
    }

    @Test
    void a_school_year_has_thirty_eight_school_weeks() {
        SchoolTerm autumn = SchoolTerm.containing(LocalDate.of(2026, 9, 1));
        assertThat(autumn.schoolWeeks() + autumn.next().schoolWeeks() + autumn.next().next().schoolWeeks()).isEqualTo(38);
    }

    @Test
    void terms_follow_each_other_across_the_new_year_and_the_academic_year() {
        SchoolTerm autumn = SchoolTerm.containing(LocalDate.of(2026, 9, 1));
        assertThat(autumn.next()).isEqualTo(SchoolTerm.containing(LocalDate.of(2027, 1, 1)));
        assertThat(autumn.previous()).isEqualTo(SchoolTerm.containing(LocalDate.of(2026, 8, 31)));
        assertThat(autumn.previous().next()).isEqualTo(autumn);
        assertThat(autumn.academicYearStart()).isEqualTo(2026);
        assertThat(autumn.next().academicYearStart()).isEqualTo(2026);
        assertThat(autumn.next().next().academicYearStart()).isEqualTo(2026);
    }

    @Test
    void a_term_is_named_in_the_address_by_its_season_and_calendar_year() {
        SchoolTerm spring = SchoolTerm.containing(LocalDate.of(2027, 2, 1));
        assertThat(spring.slug()).isEqualTo("spring-2027");
        assertThat(SchoolTerm.parse("spring-2027")).contains(spring);
        assertThat(SchoolTerm.parse("AUTUMN-2026")).contains(SchoolTerm.containing(LocalDate.of(2026, 9, 1)));
    }

    @Test
    void anything_else_in_the_address_is_no_term() {
        for (String bad : new String[] {"", "spring", "spring-27", "winter-2027", "spring-2027-x", "spring-1999",
                "spring-2101", "spring-٢٠٢٧", " spring-2027", "spring-99999999999"}) {
            assertThat(SchoolTerm.parse(bad)).as(bad).isEqualTo(Optional.empty());
        }
        assertThat(SchoolTerm.parse(null)).isEmpty();
    }

    @Test
    void a_term_outside_the_years_the_service_counts_is_refused() {
        assertThatThrownBy(() -> SchoolTerm.of(SchoolTerm.Season.AUTUMN, 1999)).isInstanceOf(IllegalArgumentException.class);
    }
}
