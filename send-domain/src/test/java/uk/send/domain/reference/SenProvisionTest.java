package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SenProvisionTest {

    @Test
    void labels_the_three_census_values() {
        assertThat(SenProvision.N.label()).isEqualTo("No special educational need");
        assertThat(SenProvision.K.label()).isEqualTo("SEN support");
        assertThat(SenProvision.E.label()).isEqualTo("EHC plan");
    }

    @Test
    void reads_a_census_code_ignoring_case_and_spaces() {
        assertThat(SenProvision.fromCode(" e ")).isEqualTo(SenProvision.E);
        assertThat(SenProvision.fromCode("K").code()).isEqualTo("K");
    }

    @Test
    void rejects_an_unknown_code() {
        assertThatThrownBy(() -> SenProvision.fromCode("S"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("SEN provision code must be N, K or E");
    }
}
