package uk.send.domain.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.send.domain.demo.DemoCatalogue.DemoSetting;
import uk.send.domain.demo.DemoChildren.DemoChild;
import uk.send.domain.reference.NationalCurriculumYear;

/** The demo children depend on the day (ages follow the calendar), so check them across a whole year. */
class DemoChildrenTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void the_same_seed_and_day_give_the_same_children() {
        assertThat(DemoChildren.generate(ReferenceDemoData.SEED, START))
                .isEqualTo(DemoChildren.generate(ReferenceDemoData.SEED, START));
    }

    @Test
    void on_any_day_of_the_year_the_children_fit_their_settings_and_identifiers_are_unique() {
        for (LocalDate day = START; day.isBefore(START.plusYears(1)); day = day.plusDays(1)) {
            List<DemoChild> children = DemoChildren.generate(ReferenceDemoData.SEED, day);
            LocalDate today = day;

            assertThat(children).hasSize(DemoChildren.CHILDREN);
            assertThat(children).allSatisfy(c -> {
                int year = NationalCurriculumYear.yearGroup(c.dateOfBirth(), today);
                assertThat(c.dateOfBirth()).isBefore(today.plusDays(1)).isAfter(today.minusYears(26));
                if (c.settingUrn() != null) {
                    assertThat(setting(c.settingUrn()).serves(year)).isTrue();
                }
                assertThat(c.upn() != null).isEqualTo(year >= NationalCurriculumYear.RECEPTION);
                assertThat(c.secondaryNeed()).isNotEqualTo(c.primaryNeed() == null ? "none" : c.primaryNeed());
            });
            assertThat(unique(children.stream().map(DemoChild::nhsNumber).toList())).isTrue();
            assertThat(unique(children.stream().map(DemoChild::upn).filter(Objects::nonNull).toList())).isTrue();
            assertThat(children.stream().filter(c -> DemoCatalogue.SENCO_SCHOOL_URN.equals(c.settingUrn())).count())
                    .isGreaterThanOrEqualTo(15);
        }
    }

    private static DemoSetting setting(String urn) {
        return DemoCatalogue.SETTINGS.stream().filter(s -> s.urn().equals(urn)).findFirst().orElseThrow();
    }

    private static boolean unique(List<?> values) {
        Set<Object> seen = new HashSet<>(values);
        return seen.size() == values.size();
    }
}
