package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class NeedCodeTest {

    @Test
    void carries_the_census_code_and_description() {
        assertThat(NeedCode.SPLD.code()).isEqualTo("SpLD");
        assertThat(NeedCode.SPLD.description()).isEqualTo("Specific learning difficulty");
        assertThat(NeedCode.NSA.description()).isEqualTo("SEN support but no specialist assessment of type of need");
    }

    @Test
    void has_the_thirteen_census_codes() {
        assertThat(Arrays.stream(NeedCode.values()).map(NeedCode::code)).containsExactly(
                "SpLD", "MLD", "SLD", "PMLD", "SEMH", "SLCN", "HI", "VI", "MSI", "PD", "ASD", "OTH", "NSA");
    }

    @Test
    void finds_every_need_by_its_own_code() {
        for (NeedCode need : NeedCode.values()) {
            assertThat(NeedCode.fromCode(need.code())).isEqualTo(need);
        }
    }

    @Test
    void finds_a_need_ignoring_case_and_spaces() {
        assertThat(NeedCode.fromCode(" spld ")).isEqualTo(NeedCode.SPLD);
        assertThat(NeedCode.fromCode("semh")).isEqualTo(NeedCode.SEMH);
    }

    @Test
    void rejects_an_unknown_code_and_lists_the_known_ones() {
        assertThatThrownBy(() -> NeedCode.fromCode("ADHD"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Need code must be one of SpLD, MLD");
    }
}
