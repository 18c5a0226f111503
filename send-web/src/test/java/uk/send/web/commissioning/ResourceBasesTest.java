package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.resourcebase.ResourceBases;
import uk.send.commissioning.resourcebase.Utilisation;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/** Places commissioned at a resource base against the plans in force naming it, counted by hand. */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceBasesTest {

    @Autowired
    ResourceBases bases;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    AccountView account;
    Viewer commissioner;
    FootprintView footprint;
    SettingView base;

    @BeforeEach
    void aResourceBase() {
        account = fixtures.account(Role.COMMISSIONER, null, Set.of());
        commissioner = accounts.viewer(account.id()).orElseThrow();
        footprint = fixtures.footprint();
        SettingView host = fixtures.school(footprint);
        base = reference.createSetting(new SettingDetails(String.valueOf(800000 + Fixtures.next()), "Base " + Fixtures.next(),
                SettingType.RESOURCE_BASE, Phase.PRIMARY, footprint.id(), host.id(), true), Fixtures.SYSTEM);
    }

    private void plan(NeedCode need, LocalDate issued, LocalDate ceased) {
        long child = jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need)
                        values ('Test', 'Child', date '2016-05-01', :home, :need) returning id""")
                .param("home", footprint.id()).param("need", need.name()).query(Long.class).single();
        long plan = jdbc.sql("insert into ehc_plan (child_id, ceased_on, cease_reason) values (:child, :ceased, case when cast(:ceased as date) is null then null else 'OTHER' end) returning id")
                .param("child", child).param("ceased", ceased == null ? null : java.sql.Date.valueOf(ceased))
                .query(Long.class).single();
        jdbc.sql("""
                        insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                        values (:plan, 1, 'FINAL', :issued, 'tests', :base)""")
                .param("plan", plan).param("issued", java.sql.Date.valueOf(issued)).param("base", base.id()).update();
    }

    private List<Utilisation.Line> lines() {
        return bases.utilisation().lines().stream().filter(l -> l.settingId() == base.id()).toList();
    }

    @Test
    void places_occupied_are_the_plans_in_force_naming_the_base_by_need_against_the_places_commissioned() {
        bases.setPlaces(commissioner, base.id(), NeedCode.ASD, 12);
        bases.setPlaces(commissioner, base.id(), NeedCode.ASD, 10);
        plan(NeedCode.ASD, today.minusMonths(3), null);
        plan(NeedCode.ASD, today, null);
        plan(NeedCode.ASD, today.minusYears(1), today); // ceased today: no longer in force
        plan(NeedCode.ASD, today.plusDays(1), null);    // issued tomorrow: not yet
        plan(NeedCode.SLCN, today.minusMonths(1), null);

        assertThat(lines()).extracting(Utilisation.Line::need, Utilisation.Line::commissioned, Utilisation.Line::occupied,
                        Utilisation.Line::percent, Utilisation.Line::overCommitted)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NeedCode.ASD, 10L, 2L, 20.0, false),
                        org.assertj.core.groups.Tuple.tuple(NeedCode.SLCN, 0L, 1L, null, true));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'RESOURCE_BASE_PLACES_SET' and entity_id = :id")
                .param("id", String.valueOf(base.id())).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void places_are_set_only_at_a_resource_base_and_from_0_to_500() {
        SettingView school = fixtures.school(footprint);
        assertThatThrownBy(() -> bases.setPlaces(commissioner, school.id(), NeedCode.ASD, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bases.setPlaces(commissioner, base.id(), NeedCode.ASD, 501)).isInstanceOf(IllegalArgumentException.class);
        bases.setPlaces(commissioner, base.id(), NeedCode.ASD, 500);
        assertThat(lines()).extracting(Utilisation.Line::commissioned).containsExactly(500L);
    }

    @Test
    void the_page_sets_places_and_shows_them_and_refuses_a_number_out_of_range_on_the_field() throws Exception {
        mvc.perform(post("/commissioner/resource-bases").with(csrf()).with(SignedIn.as(account))
                        .param("settingId", String.valueOf(base.id())).param("need", "SEMH").param("places", "6"))
                .andExpect(status().is3xxRedirection());
        assertThat(lines()).extracting(Utilisation.Line::need, Utilisation.Line::commissioned)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(NeedCode.SEMH, 6L));
        String html = mvc.perform(post("/commissioner/resource-bases").with(csrf()).with(SignedIn.as(account))
                        .param("settingId", String.valueOf(base.id())).param("need", "SEMH").param("places", "501"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary").contains("href=\"#places\"").contains("value=\"501\"");
        mvc.perform(get("/commissioner/resource-bases").with(SignedIn.as(account)))
                .andExpect(status().isOk());
    }
}
