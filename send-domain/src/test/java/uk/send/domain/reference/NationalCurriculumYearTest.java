package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalCurriculumYearTest {

    private static LocalDate date(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void a_child_born_on_1_september_starts_reception_five_years_later() {
        assertThat(NationalCurriculumYear.yearGroup(date("2015-09-01"), date("2020-09-01"))).isZero();
    }

    @Test
    void a_child_born_on_31_august_is_the_youngest_of_the_same_cohort() {
        assertThat(NationalCurriculumYear.yearGroup(date("2016-08-31"), date("2020-09-01"))).isZero();
    }

    @Test
    void birthdays_a_day_apart_across_31_august_fall_in_different_years() {
        LocalDate on = date("2020-10-01");
        assertThat(NationalCurriculumYear.yearGroup(date("2015-08-31"), on)).isEqualTo(1);
        assertThat(NationalCurriculumYear.yearGroup(date("2015-09-01"), on)).isEqualTo(0);
    }

    @Test
    void the_year_group_changes_on_1_september_not_on_31_august() {
        LocalDate dob = date("2015-09-01");
        assertThat(NationalCurriculumYear.yearGroup(dob, date("2021-08-31"))).isEqualTo(0);
        assertThat(NationalCurriculumYear.yearGroup(dob, date("2021-09-01"))).isEqualTo(1);
    }

    @Test
    void a_leap_day_birthday_belongs_to_the_cohort_that_started_the_previous_september() {
        // born 29 Feb 2016: cohort 1 Sep 2015; on 1 Mar 2024 the academic year started Sep 2023: 2023 - 2015 - 5 = 3
        assertThat(NationalCurriculumYear.yearGroup(date("2016-02-29"), date("2024-03-01"))).isEqualTo(3);
        assertThat(NationalCurriculumYear.yearGroup(date("2016-02-29"), date("2024-02-29"))).isEqualTo(3);
    }

    @Test
    void younger_children_have_negative_years_with_nursery_as_minus_one() {
        assertThat(NationalCurriculumYear.yearGroup(date("2017-01-15"), date("2020-10-01"))).isEqualTo(-1);
        assertThat(NationalCurriculumYear.yearGroup(date("2019-06-01"), date("2020-10-01"))).isEqualTo(-3);
    }

    @Test
    void a_young_person_in_the_sixth_form_is_in_year_12_or_13() {
        assertThat(NationalCurriculumYear.yearGroup(date("2008-12-25"), date("2026-01-10"))).isEqualTo(12);
        assertThat(NationalCurriculumYear.yearGroup(date("2007-09-01"), date("2025-09-01"))).isEqualTo(13);
    }

    @Test
    void the_academic_year_starts_on_1_september() {
        assertThat(NationalCurriculumYear.academicYearStart(date("2025-08-31"))).isEqualTo(date("2024-09-01"));
        assertThat(NationalCurriculumYear.academicYearStart(date("2025-09-01"))).isEqualTo(date("2025-09-01"));
        assertThat(NationalCurriculumYear.academicYearStart(date("2026-01-10"))).isEqualTo(date("2025-09-01"));
        assertThat(NationalCurriculumYear.academicYearStart(date("2025-12-31"))).isEqualTo(date("2025-09-01"));
    }

    @Test
    void labels_each_year_group() {
        assertThat(NationalCurriculumYear.label(-3)).isEqualTo("Early years");
        assertThat(NationalCurriculumYear.label(-2)).isEqualTo("Early years");
        assertThat(NationalCurriculumYear.label(-1)).isEqualTo("Nursery");
        assertThat(NationalCurriculumYear.label(0)).isEqualTo("Reception");
        assertThat(NationalCurriculumYear.label(1)).isEqualTo("Year 1");
        assertThat(NationalCurriculumYear.label(13)).isEqualTo("Year 13");
        assertThat(NationalCurriculumYear.label(14)).isEqualTo("Beyond Year 13");
    }
}
