package uk.send.pathway.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AssessmentExceptionTest {

    static final String NOTE = "Family abroad visiting relatives; confirmed by phone";

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "SCHOOL_CLOSURE, reg 10(4)(a)",
            "EARLY_YEARS_CLOSURE, reg 10(4)(b)",
            "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, reg 10(4)(c)",
            "AWAY_FROM_AREA, reg 10(4)(d)",
    })
    void each_reason_carries_its_paragraph_of_regulation_10_4(Reg10Exception reason, String reference) {
        assertThat(reason.reference()).isEqualTo(reference);
        assertThat(reason.description()).isNotBlank();
    }

    @Test
    void only_school_and_early_years_closures_are_closures() {
        assertThat(Reg10Exception.values()).filteredOn(Reg10Exception::isClosure)
                .containsExactlyInAnyOrder(Reg10Exception.SCHOOL_CLOSURE, Reg10Exception.EARLY_YEARS_CLOSURE);
    }

    @Test
    void a_single_day_of_exceptional_personal_circumstances_is_a_valid_period() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        AssessmentException exception = new AssessmentException(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                day, day, "Bereavement in the family");

        assertThat(exception.from()).isEqualTo(day);
        assertThat(exception.to()).isEqualTo(day);
    }

    @Test
    void the_end_of_an_exception_cannot_come_before_its_start() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssessmentException(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                        LocalDate.of(2025, 3, 10), LocalDate.of(2025, 3, 9), NOTE))
                .withMessageContaining("before");
    }

    @Test
    void being_away_for_exactly_four_continuous_weeks_counts() {
        // Away Monday 3 March to Sunday 30 March 2025 inclusive: 28 days.
        AssessmentException away = new AssessmentException(Reg10Exception.AWAY_FROM_AREA, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 3, 30), NOTE);

        assertThat(away.reason()).isEqualTo(Reg10Exception.AWAY_FROM_AREA);
    }

    @Test
    void being_away_for_a_day_less_than_four_weeks_is_not_an_exception() {
        // Monday 3 March to Saturday 29 March 2025 inclusive: 27 days.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssessmentException(Reg10Exception.AWAY_FROM_AREA, LocalDate.of(2025, 3, 3),
                        LocalDate.of(2025, 3, 29), NOTE))
                .withMessageContaining("4 continuous weeks");
    }

    @ParameterizedTest
    @EnumSource(value = Reg10Exception.class, names = {"SCHOOL_CLOSURE", "EARLY_YEARS_CLOSURE"})
    void a_closure_shorter_than_four_continuous_weeks_is_not_an_exception(Reg10Exception closure) {
        // Half term: Saturday 25 October to Sunday 2 November 2025.
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssessmentException(closure, LocalDate.of(2025, 10, 25),
                        LocalDate.of(2025, 11, 2), "October half term"))
                .withMessageContaining("4 continuous weeks");
    }

    @Test
    void a_summer_closure_opens_its_excepted_window_a_week_before_it_starts() {
        // School closed Wednesday 23 July to Tuesday 2 September 2025, reopening Wednesday 3 September.
        // Excepted window for advice requests: Wednesday 16 July to Wednesday 27 August 2025 inclusive.
        AssessmentException summer = summerClosure();

        assertThat(summer.reopensOn()).isEqualTo(LocalDate.of(2025, 9, 3));
        assertThat(summer.exceptedFrom()).isEqualTo(LocalDate.of(2025, 7, 16));
        assertThat(summer.exceptedTo()).isEqualTo(LocalDate.of(2025, 8, 27));
        assertThat(summer.coversAdviceRequestedOn(LocalDate.of(2025, 7, 15))).isFalse();
        assertThat(summer.coversAdviceRequestedOn(LocalDate.of(2025, 7, 16))).isTrue();
        assertThat(summer.coversAdviceRequestedOn(LocalDate.of(2025, 8, 1))).isTrue();
        assertThat(summer.coversAdviceRequestedOn(LocalDate.of(2025, 8, 27))).isTrue();
        assertThat(summer.coversAdviceRequestedOn(LocalDate.of(2025, 8, 28))).isFalse();
    }

    @Test
    void an_early_years_closure_has_the_same_excepted_window_rule() {
        // Nursery closed Monday 4 August to Sunday 31 August 2025 (exactly 4 weeks), reopens Monday 1 September.
        AssessmentException nursery = new AssessmentException(Reg10Exception.EARLY_YEARS_CLOSURE,
                LocalDate.of(2025, 8, 4), LocalDate.of(2025, 8, 31), "Nursery summer closure");

        assertThat(nursery.exceptedFrom()).isEqualTo(LocalDate.of(2025, 7, 28));
        assertThat(nursery.exceptedTo()).isEqualTo(LocalDate.of(2025, 8, 25));
        assertThat(nursery.coversAdviceRequestedOn(LocalDate.of(2025, 7, 28))).isTrue();
        assertThat(nursery.coversAdviceRequestedOn(LocalDate.of(2025, 8, 26))).isFalse();
    }

    @Test
    void a_personal_exception_is_excepted_for_exactly_its_own_dates() {
        AssessmentException away = new AssessmentException(Reg10Exception.AWAY_FROM_AREA, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 4, 6), NOTE);

        assertThat(away.exceptedFrom()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(away.exceptedTo()).isEqualTo(LocalDate.of(2025, 4, 6));
    }

    @Test
    void only_a_closure_can_say_whether_it_covers_an_advice_request() {
        AssessmentException away = new AssessmentException(Reg10Exception.AWAY_FROM_AREA, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 4, 6), NOTE);

        assertThatIllegalStateException().isThrownBy(() -> away.coversAdviceRequestedOn(LocalDate.of(2025, 3, 10)));
    }

    @Test
    void overlap_includes_both_end_days() {
        AssessmentException away = new AssessmentException(Reg10Exception.AWAY_FROM_AREA, LocalDate.of(2025, 3, 3),
                LocalDate.of(2025, 4, 6), NOTE);

        assertThat(away.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 3))).isTrue();
        assertThat(away.overlaps(LocalDate.of(2025, 4, 6), LocalDate.of(2025, 5, 1))).isTrue();
        assertThat(away.overlaps(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 2))).isFalse();
        assertThat(away.overlaps(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 5, 1))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void a_note_is_required(String note) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssessmentException(Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,
                        LocalDate.of(2025, 3, 3), LocalDate.of(2025, 3, 3), note))
                .withMessageContaining("note");
    }

    @Test
    void a_note_of_five_hundred_characters_is_accepted_and_one_more_is_not() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        Reg10Exception reason = Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES;

        assertThat(new AssessmentException(reason, day, day, "x".repeat(500)).note()).hasSize(500);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new AssessmentException(reason, day, day, "x".repeat(501)))
                .withMessageContaining("500");
    }

    @Test
    void reason_dates_and_note_must_all_be_given() {
        LocalDate day = LocalDate.of(2025, 3, 3);
        Reg10Exception reason = Reg10Exception.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES;

        assertThatNullPointerException().isThrownBy(() -> new AssessmentException(null, day, day, NOTE));
        assertThatNullPointerException().isThrownBy(() -> new AssessmentException(reason, null, day, NOTE));
        assertThatNullPointerException().isThrownBy(() -> new AssessmentException(reason, day, null, NOTE));
        assertThatNullPointerException().isThrownBy(() -> new AssessmentException(reason, day, day, null));
    }

    private static AssessmentException summerClosure() {
        return new AssessmentException(Reg10Exception.SCHOOL_CLOSURE, LocalDate.of(2025, 7, 23),
                LocalDate.of(2025, 9, 2), "Summer holiday");
    }
}
