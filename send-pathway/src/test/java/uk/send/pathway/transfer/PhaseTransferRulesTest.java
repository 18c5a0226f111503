package uk.send.pathway.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.send.domain.reference.Phase;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.calendar.TransferDeadline;

/** Who moves between phases at the end of this academic year, and by when their plan must name the next setting. */
class PhaseTransferRulesTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();
    /** 2 December 2026: the coming transfer is in September 2027. */
    final TransferYear year = TransferYear.containing(LocalDate.of(2026, 12, 2));

    @Test
    void the_coming_transfer_is_into_the_next_academic_year_and_its_deadlines_fall_in_that_calendar_year() {
        assertThat(year.transferDay()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(year.deadline(calendar, TransferKind.PRIMARY_TO_SECONDARY)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(year.deadline(calendar, TransferKind.EARLY_YEARS_TO_SCHOOL)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(year.deadline(calendar, TransferKind.INFANT_TO_JUNIOR)).isEqualTo(LocalDate.of(2027, 2, 15));
        assertThat(year.deadline(calendar, TransferKind.SECONDARY_TO_POST_16)).isEqualTo(LocalDate.of(2027, 3, 31));
    }

    @Test
    void each_deadline_is_a_day_of_the_calendar_with_its_regulation() {
        assertThat(TransferDeadline.SCHOOL.reference()).isEqualTo("reg 18(1)(a)");
        assertThat(TransferDeadline.POST_16.reference()).isEqualTo("reg 18(1)(b)");
        assertThat(calendar.transferDeadline(TransferDeadline.POST_16, 2028)).isEqualTo(LocalDate.of(2028, 3, 31));
    }

    @Test
    void the_review_leading_to_a_february_transfer_must_be_held_in_the_preceding_autumn() {
        // 15 February 2027 less 8 weeks for the amended plan and 4 for the decision after the meeting
        assertThat(calendar.transferReviewStartBy(LocalDate.of(2027, 2, 15))).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.transferReviewStartBy(LocalDate.of(2027, 3, 31))).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @ParameterizedTest(name = "born {0} at a {1} setting (last year {2}): {3}")
    @CsvSource(nullValues = "none", textBlock = """
            2022-09-01, EARLY_YEARS, none, EARLY_YEARS_TO_SCHOOL
            2023-08-31, EARLY_YEARS, none, EARLY_YEARS_TO_SCHOOL
            2023-08-31, none,        none, EARLY_YEARS_TO_SCHOOL
            2022-08-31, EARLY_YEARS, none, none
            2023-09-01, EARLY_YEARS, none, none
            2023-01-10, ALL_THROUGH, none, none
            2019-09-01, PRIMARY,     2,    INFANT_TO_JUNIOR
            2020-08-31, PRIMARY,     2,    INFANT_TO_JUNIOR
            2020-08-31, PRIMARY,     none, none
            2019-08-31, PRIMARY,     2,    none
            2015-09-01, PRIMARY,     none, PRIMARY_TO_SECONDARY
            2016-08-31, PRIMARY,     none, PRIMARY_TO_SECONDARY
            2016-08-31, PRIMARY,     6,    PRIMARY_TO_SECONDARY
            2016-09-01, PRIMARY,     none, none
            2015-08-31, PRIMARY,     none, none
            2016-03-01, ALL_THROUGH, none, none
            2016-03-01, SECONDARY,   none, none
            2010-09-01, SECONDARY,   none, SECONDARY_TO_POST_16
            2011-08-31, SECONDARY,   none, SECONDARY_TO_POST_16
            2011-09-01, SECONDARY,   none, none
            2010-08-31, SECONDARY,   none, none
            2011-01-01, ALL_THROUGH, none, none
            2011-01-01, POST_16,     none, none
            """)
    void each_kind_of_transfer_follows_from_the_date_of_birth_and_the_current_setting(LocalDate born, Phase phase,
            Integer lastYear, TransferKind expected) {
        assertThat(year.kindFor(born, phase, lastYear)).isEqualTo(expected);
        if (expected != null) {
            assertThat(born).isBetween(year.bornFrom(expected), year.bornTo(expected));
        }
    }

    @Test
    void on_31_august_the_coming_transfer_is_the_next_day_and_on_1_september_it_is_a_year_later() {
        LocalDate born = LocalDate.of(2015, 12, 1); // Year 6 in 2026/27
        TransferYear lastDay = TransferYear.containing(LocalDate.of(2027, 8, 31));
        TransferYear firstDay = TransferYear.containing(LocalDate.of(2027, 9, 1));
        assertThat(lastDay.kindFor(born, Phase.PRIMARY, null)).isEqualTo(TransferKind.PRIMARY_TO_SECONDARY);
        assertThat(lastDay.transferDay()).isEqualTo(LocalDate.of(2027, 9, 1));
        assertThat(firstDay.kindFor(born, Phase.PRIMARY, null)).isNull();
        assertThat(firstDay.transferDay()).isEqualTo(LocalDate.of(2028, 9, 1));
        assertThat(firstDay.deadline(calendar, TransferKind.PRIMARY_TO_SECONDARY)).isEqualTo(LocalDate.of(2028, 2, 15));
    }

    @Test
    void the_cohort_of_a_year_group_is_born_from_1_september_to_31_august() {
        assertThat(year.bornFrom(TransferKind.PRIMARY_TO_SECONDARY)).isEqualTo(LocalDate.of(2015, 9, 1));
        assertThat(year.bornTo(TransferKind.PRIMARY_TO_SECONDARY)).isEqualTo(LocalDate.of(2016, 8, 31));
        assertThat(year.bornFrom(TransferKind.EARLY_YEARS_TO_SCHOOL)).isEqualTo(LocalDate.of(2022, 9, 1));
        assertThat(year.bornTo(TransferKind.SECONDARY_TO_POST_16)).isEqualTo(LocalDate.of(2011, 8, 31));
    }
}
