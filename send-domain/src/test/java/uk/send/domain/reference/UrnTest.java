package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrnTest {

    @ParameterizedTest
    @ValueSource(strings = {"100000", "137157", "999999"})
    void accepts_six_digits_from_100000_to_999999(String value) {
        assertThat(Urn.of(value).value()).isEqualTo(value);
        assertThat(Urn.isValid(value)).isTrue();
    }

    @Test
    void trims_surrounding_spaces() {
        assertThat(Urn.of(" 137157 ")).isEqualTo(new Urn("137157"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "13715", "1371570", "13715A", "1 3715", "１３７１５７"})
    void rejects_anything_but_six_ascii_digits(String value) {
        assertThatThrownBy(() -> Urn.of(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("URN must be 6 digits");
    }

    @Test
    void rejects_a_leading_zero_because_urns_start_at_100000() {
        assertThatThrownBy(() -> Urn.of("099999")).hasMessage("URN must not start with 0");
    }

    @Test
    void rejects_null() {
        assertThat(Urn.isValid(null)).isFalse();
        assertThatThrownBy(() -> Urn.of(null)).isInstanceOf(NullPointerException.class).hasMessage("URN is required");
    }
}
