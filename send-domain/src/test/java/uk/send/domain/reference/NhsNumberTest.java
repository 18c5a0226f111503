package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @Test
    void accepts_a_number_whose_check_digit_matches() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 1*2 = 299; 299 mod 11 = 2; 11 - 2 = 9
        assertThat(NhsNumber.isValid("9434765919")).isTrue();
        assertThat(NhsNumber.of("9434765919").value()).isEqualTo("9434765919");
    }

    @Test
    void rejects_a_number_whose_check_digit_is_wrong() {
        assertThat(NhsNumber.isValid("9434765918")).isFalse();
        assertThatThrownBy(() -> NhsNumber.of("9434765918"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("NHS number check digit does not match");
    }

    @Test
    void rejects_every_number_whose_check_digit_would_be_ten() {
        // 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 8*3 + 9*2 = 210; 210 mod 11 = 1; 11 - 1 = 10: no valid check digit
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("123456789" + last)).isFalse();
        }
    }

    @Test
    void accepts_a_check_digit_of_zero_when_the_sum_divides_by_eleven() {
        // 9*10 + 4*9 + 3*8 + 4*7 + 7*6 + 6*5 + 5*4 + 9*3 + 0*2 = 297 = 27 * 11; 11 - 0 = 11 -> 0
        assertThat(NhsNumber.isValid("9434765900")).isTrue();
    }

    @Test
    void accepts_spaces_on_input_and_stores_digits_only() {
        assertThat(NhsNumber.of(" 943 476 5919 ").value()).isEqualTo("9434765919");
    }

    @Test
    void formats_in_three_three_four_groups() {
        assertThat(NhsNumber.of("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "943476591", "94347659190"})
    void rejects_a_number_that_is_not_ten_digits_long(String value) {
        assertThatThrownBy(() -> NhsNumber.of(value)).hasMessage("NHS number must be 10 digits");
    }

    @Test
    void rejects_letters_and_other_characters() {
        assertThatThrownBy(() -> NhsNumber.of("943-476-591")).hasMessage("NHS number must contain only digits");
        assertThatThrownBy(() -> NhsNumber.of("94347659I9")).hasMessage("NHS number must contain only digits");
    }

    @Test
    void rejects_null() {
        assertThat(NhsNumber.isValid(null)).isFalse();
        assertThatThrownBy(() -> NhsNumber.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void does_not_disclose_the_whole_number_in_to_string() {
        assertThat(NhsNumber.of("9434765919").toString()).doesNotContain("943476").endsWith("5919]");
    }

    @Test
    void generates_the_number_for_a_stem_by_appending_its_check_digit() {
        assertThat(NhsNumber.generate(943_476_591L).value()).isEqualTo("9434765919");
        assertThat(NhsNumber.generate(943_476_590L).value()).isEqualTo("9434765900");
    }

    @Test
    void skips_a_stem_whose_check_digit_would_be_ten() {
        // 123456789 has no check digit (see above); the next stem, 123456790:
        // 1*10 + 2*9 + 3*8 + 4*7 + 5*6 + 6*5 + 7*4 + 9*3 + 0*2 = 195; 195 mod 11 = 8; 11 - 8 = 3
        assertThat(NhsNumber.generate(123_456_789L).value()).isEqualTo("1234567903");
    }

    @Test
    void pads_a_short_stem_with_leading_zeros() {
        assertThat(NhsNumber.generate(1L).value()).isEqualTo("0000000019");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1L, 1_000_000_000L})
    void refuses_a_stem_that_is_not_nine_digits(long stem) {
        assertThatThrownBy(() -> NhsNumber.generate(stem)).hasMessage("NHS number stem must be 0 to 999999999");
    }
}
