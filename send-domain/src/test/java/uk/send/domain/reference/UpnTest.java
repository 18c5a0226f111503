package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {

    @Test
    void accepts_the_worked_examples_from_the_domain_primer() {
        assertThat(Upn.isValid("B801200005001")).isTrue();
        assertThat(Upn.isValid("P207000016049")).isTrue();
        assertThat(Upn.of("P207000016049").value()).isEqualTo("P207000016049");
    }

    @Test
    void rejects_the_widely_copied_q_example_whose_arithmetic_is_wrong() {
        // 2*2 + 0*3 + 7*4 + 0*5 + 0*6 + 0*7 + 0*8 + 1*9 + 6*10 + 0*11 + 4*12 + 9*13 = 266; 266 mod 23 = 13 -> P, not Q
        assertThat(Upn.isValid("Q207000016049")).isFalse();
        assertThatThrownBy(() -> Upn.of("Q207000016049"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN check letter does not match");
    }

    @Test
    void accepts_a_temporary_upn_ending_in_a_letter() {
        // chars 2..12 "20700001604": 2*2 + 7*4 + 1*9 + 6*10 + 4*12 = 149
        // char 13 'Z' is index 22 in ABCDEFGHJKLMNPQRTUVWXYZ: 22*13 = 286
        // 149 + 286 = 435; 435 mod 23 = 21 -> 'Y'
        Upn upn = Upn.of("Y20700001604Z");
        assertThat(upn.isTemporary()).isTrue();
        assertThat(Upn.checkLetterFor("20700001604Z")).isEqualTo('Y');
    }

    @Test
    void says_a_upn_ending_in_a_digit_is_permanent() {
        assertThat(Upn.of("B801200005001").isTemporary()).isFalse();
    }

    @Test
    void reads_the_la_number_from_characters_two_to_four() {
        assertThat(Upn.of("B801200005001").laNumber()).isEqualTo("801");
    }

    @Test
    void normalises_lower_case_and_surrounding_spaces() {
        assertThat(Upn.of("  b801200005001 ").value()).isEqualTo("B801200005001");
        assertThat(Upn.isValid(" p207000016049")).isTrue();
    }

    @Test
    void the_constructor_does_not_normalise() {
        assertThatThrownBy(() -> new Upn("b801200005001")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "B80120000500", "B8012000050011"})
    void rejects_a_upn_of_the_wrong_length(String value) {
        assertThatThrownBy(() -> Upn.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN must be 13 characters");
    }

    @Test
    void rejects_letters_where_digits_belong() {
        assertThatThrownBy(() -> Upn.of("B8012000O5001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN characters 2 to 12 must be digits");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'S'})
    void rejects_i_o_and_s_in_the_last_position(char letter) {
        assertThatThrownBy(() -> Upn.of("A20700001604" + letter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN character 13 must be a digit or a letter other than I, O and S");
    }

    @Test
    void never_echoes_the_upn_in_a_message() {
        assertThatThrownBy(() -> Upn.of("Q207000016049")).message().doesNotContain("207000016049");
    }

    @Test
    void does_not_disclose_the_whole_upn_in_to_string() {
        assertThat(Upn.of("B801200005001").toString()).doesNotContain("801200005001").endsWith("001]");
    }

    @Test
    void rejects_null() {
        assertThat(Upn.isValid(null)).isFalse();
        assertThatThrownBy(() -> Upn.of(null)).isInstanceOf(NullPointerException.class).hasMessage("UPN is required");
    }

    @Test
    void computes_the_check_letter_of_the_primer_examples() {
        assertThat(Upn.checkLetterFor("801200005001")).isEqualTo('B');
        assertThat(Upn.checkLetterFor("207000016049")).isEqualTo('P');
    }

    @Test
    void refuses_to_compute_a_check_letter_for_the_wrong_number_of_characters() {
        assertThatThrownBy(() -> Upn.checkLetterFor("80120000500"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UPN check letter needs the 12 characters after it");
    }

    @Test
    void generates_a_valid_permanent_upn_from_its_parts() {
        Upn upn = Upn.generate(801, 2000, 5, 1);
        assertThat(upn.value()).isEqualTo("B801200005001");
        assertThat(upn.isTemporary()).isFalse();
    }

    @Test
    void pads_generated_parts_with_leading_zeros() {
        assertThat(Upn.generate(207, 1, 0, 7).value()).endsWith("207000100007");
    }

    @Test
    void refuses_to_generate_from_parts_that_do_not_fit() {
        assertThatThrownBy(() -> Upn.generate(1000, 1, 1, 1)).hasMessage("LA number must be 0 to 999");
        assertThatThrownBy(() -> Upn.generate(801, 10000, 1, 1)).hasMessage("Establishment number must be 0 to 9999");
        assertThatThrownBy(() -> Upn.generate(801, 1, 100, 1)).hasMessage("Year must be 0 to 99");
        assertThatThrownBy(() -> Upn.generate(801, 1, 1, -1)).hasMessage("Serial must be 0 to 999");
    }
}
