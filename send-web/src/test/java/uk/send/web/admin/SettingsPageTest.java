package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Pageable;

import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;

class SettingsPageTest extends AdminPageTest {

    @Test
    void the_setting_list_searches_by_name_and_filters_by_footprint_and_type() throws Exception {
        FootprintView footprint = footprint();
        SettingView school = school(footprint);
        SettingView elsewhere = school(footprint());

        String html = mvc.perform(get("/admin/settings").with(admin())
                        .param("footprint", String.valueOf(footprint.id())).param("type", "MAINSTREAM_MAINTAINED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("<title>Settings – SEND service</title>", school.name(), school.urn(),
                "Mainstream school (maintained)", "/admin/settings/" + school.id()).doesNotContain(elsewhere.name());

        String byUrn = mvc.perform(get("/admin/settings").with(admin()).param("q", school.urn()))
                .andReturn().getResponse().getContentAsString();
        assertThat(byUrn).contains(school.name()).doesNotContain(elsewhere.name());
    }

    @Test
    void the_add_form_renders() throws Exception {
        String html = mvc.perform(get("/admin/settings/new").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("<title>Add a setting – SEND service</title>", "id=\"urn\"", "id=\"type\"",
                "id=\"phase\"", "id=\"footprintId\"", "id=\"hostSettingId\"", "id=\"open\"");
    }

    @Test
    void a_resource_base_is_added_with_its_host_school() throws Exception {
        FootprintView footprint = footprint();
        SettingView host = school(footprint);
        String urn = urn();

        mvc.perform(post("/admin/settings/new").with(admin()).with(csrf())
                        .param("urn", urn).param("name", "Resource base at " + host.name())
                        .param("type", "RESOURCE_BASE").param("phase", "PRIMARY")
                        .param("footprintId", String.valueOf(footprint.id()))
                        .param("hostSettingId", String.valueOf(host.id()))
                        .param("open", "true").param("_open", "on"))
                .andExpect(redirectedUrl("/admin/settings"))
                .andExpect(flash().attributeExists("notice"));

        SettingView created = reference.settings(urn, null, null, Pageable.unpaged()).getContent().get(0);
        assertThat(created.type()).isEqualTo(SettingType.RESOURCE_BASE);
        assertThat(created.hostSettingId()).isEqualTo(host.id());
        assertThat(created.open()).isTrue();
    }

    @Test
    void a_bad_urn_missing_choices_and_a_host_for_a_school_come_back_as_errors_with_what_was_typed() throws Exception {
        FootprintView footprint = footprint();
        SettingView host = school(footprint);

        String html = mvc.perform(post("/admin/settings/new").with(admin()).with(csrf())
                        .param("urn", "012345").param("name", "Typed Name School")
                        .param("type", "SPECIAL_MAINTAINED")
                        .param("hostSettingId", String.valueOf(host.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(errorSummary(html)).contains("href=\"#urn\"", "URN must be 6 digits", "href=\"#phase\"",
                "Select a phase", "href=\"#footprintId\"", "Select a footprint", "href=\"#hostSettingId\"",
                "Only a resource base has a host school");
        assertThat(html).contains("value=\"012345\"", "value=\"Typed Name School\"");
        assertThat(html).containsPattern("value=\"SPECIAL_MAINTAINED\"\\s+selected");
    }

    @Test
    void a_urn_already_used_is_an_error_on_the_urn() throws Exception {
        FootprintView footprint = footprint();
        SettingView existing = school(footprint);

        String html = mvc.perform(post("/admin/settings/new").with(admin()).with(csrf())
                        .param("urn", existing.urn()).param("name", "Another School")
                        .param("type", "MAINSTREAM_ACADEMY").param("phase", "SECONDARY")
                        .param("footprintId", String.valueOf(footprint.id())).param("_open", "on"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("href=\"#urn\"", "A setting with this URN already exists");
        assertThat(html).contains("value=\"Another School\"");
    }

    @Test
    void a_setting_is_changed_but_its_urn_stays() throws Exception {
        FootprintView footprint = footprint();
        SettingView school = school(footprint);

        String html = mvc.perform(get("/admin/settings/" + school.id()).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(html).contains("<title>Change a setting – SEND service</title>", school.urn())
                .doesNotContain("id=\"urn\"");

        mvc.perform(post("/admin/settings/" + school.id()).with(admin()).with(csrf())
                        .param("urn", "999999").param("name", "Renamed School")
                        .param("type", "MAINSTREAM_ACADEMY").param("phase", "PRIMARY")
                        .param("footprintId", String.valueOf(footprint.id())).param("_open", "on")
                        .param("version", String.valueOf(school.version())))
                .andExpect(redirectedUrl("/admin/settings"));

        SettingView changed = reference.settingView(school.id());
        assertThat(changed.name()).isEqualTo("Renamed School");
        assertThat(changed.urn()).isEqualTo(school.urn());
        assertThat(changed.open()).isFalse();
    }

    @Test
    void a_change_from_a_stale_page_is_a_conflict() throws Exception {
        FootprintView footprint = footprint();
        SettingView school = school(footprint);
        reference.updateSetting(school.id(), new uk.send.domain.reference.SettingDetails(school.urn(), "Changed elsewhere",
                school.type(), school.phase(), footprint.id(), null, true), school.version(), null);

        mvc.perform(post("/admin/settings/" + school.id()).with(admin()).with(csrf())
                        .param("name", "Mine").param("type", "MAINSTREAM_MAINTAINED").param("phase", "PRIMARY")
                        .param("footprintId", String.valueOf(footprint.id())).param("open", "true")
                        .param("version", String.valueOf(school.version())))
                .andExpect(status().isConflict());
    }

    @Test
    void a_value_no_form_could_send_comes_back_as_field_errors_with_what_was_typed() throws Exception {
        String html = mvc.perform(post("/admin/settings/new").with(admin()).with(csrf())
                        .param("urn", urn()).param("name", "Forged").param("type", "NO_SUCH_TYPE")
                        .param("phase", "PRIMARY").param("footprintId", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("href=\"#type\"", "Select a type",
                "href=\"#footprintId\"", "Select a footprint from the list");
        assertThat(html).contains("value=\"Forged\"");
    }

    @Test
    void a_footprint_that_does_not_exist_and_a_version_on_a_new_setting_are_field_errors_not_failures() throws Exception {
        String html = mvc.perform(post("/admin/settings/new").with(admin()).with(csrf())
                        .param("urn", urn()).param("name", "Nowhere School").param("type", "MAINSTREAM_MAINTAINED")
                        .param("phase", "PRIMARY").param("footprintId", "999999999").param("version", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("href=\"#footprintId\"", "Select a footprint from the list");
    }

    @Test
    void a_name_with_a_nul_or_longer_than_its_column_is_an_error_on_the_name() throws Exception {
        FootprintView footprint = footprint();
        for (String name : new String[] {"Bad\u0000School", "N".repeat(201)}) {
            String html = mvc.perform(post("/admin/settings/new").with(admin()).with(csrf())
                            .param("urn", urn()).param("name", name).param("type", "MAINSTREAM_MAINTAINED")
                            .param("phase", "PRIMARY").param("footprintId", String.valueOf(footprint.id())))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(errorSummary(html)).contains("href=\"#name\"");
        }
    }
}
