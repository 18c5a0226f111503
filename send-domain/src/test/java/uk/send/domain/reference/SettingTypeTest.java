package uk.send.domain.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SettingTypeTest {

    @Test
    void only_the_two_mainstream_school_types_are_mainstream() {
        assertThat(Arrays.stream(SettingType.values()).filter(SettingType::isMainstream))
                .containsExactly(SettingType.MAINSTREAM_MAINTAINED, SettingType.MAINSTREAM_ACADEMY);
    }

    @Test
    void special_schools_resource_bases_and_inmss_are_specialist() {
        assertThat(Arrays.stream(SettingType.values()).filter(SettingType::isSpecialist)).containsExactly(
                SettingType.SPECIAL_MAINTAINED, SettingType.SPECIAL_ACADEMY, SettingType.RESOURCE_BASE, SettingType.INMSS);
    }

    @Test
    void a_resource_base_is_specialist_though_attached_to_a_mainstream_school() {
        assertThat(SettingType.RESOURCE_BASE.isMainstream()).isFalse();
        assertThat(SettingType.RESOURCE_BASE.label()).isEqualTo("Resource base (enhanced resource provision)");
    }

    @Test
    void names_inmss_in_full() {
        assertThat(SettingType.INMSS.label()).isEqualTo("Independent or non-maintained special school (INMSS)");
    }

    @Test
    void every_setting_type_phase_and_provision_has_a_label() {
        assertThat(SettingType.values()).allSatisfy(type -> assertThat(type.label()).isNotBlank());
        assertThat(Phase.values()).allSatisfy(phase -> assertThat(phase.label()).isNotBlank());
        assertThat(Phase.ALL_THROUGH.label()).isEqualTo("All-through");
    }
}
