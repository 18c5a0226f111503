package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

import uk.send.domain.reference.FootprintView;

class FootprintsPageTest extends AdminPageTest {

    @Test
    void the_footprint_list_shows_each_footprint_and_the_add_form() throws Exception {
        FootprintView footprint = footprint();

        String html = mvc.perform(get("/admin/footprints").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("<title>Footprints – SEND service</title>", footprint.code(), footprint.name(),
                "/admin/footprints/" + footprint.id(), "id=\"code\"", "id=\"name\"");
    }

    @Test
    void a_new_footprint_is_added() throws Exception {
        String code = unique("new-");

        mvc.perform(post("/admin/footprints").with(admin()).with(csrf())
                        .param("code", code).param("name", "Name of " + code))
                .andExpect(redirectedUrl("/admin/footprints"))
                .andExpect(flash().attributeExists("notice"));

        assertThat(reference.footprints()).anyMatch(f -> f.code().equals(code.toUpperCase()) && f.name().equals("Name of " + code));
    }

    @Test
    void a_bad_code_and_no_name_come_back_with_errors_and_the_typed_code() throws Exception {
        String html = mvc.perform(post("/admin/footprints").with(admin()).with(csrf())
                        .param("code", "bad code!").param("name", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(errorSummary(html)).contains("href=\"#code\"", "Code must be 2 to 20 letters, numbers or hyphens",
                "href=\"#name\"", "Enter a name");
        assertThat(html).contains("value=\"bad code!\"");
    }

    @Test
    void a_code_already_taken_is_an_error_on_the_code() throws Exception {
        FootprintView existing = footprint();

        String html = mvc.perform(post("/admin/footprints").with(admin()).with(csrf())
                        .param("code", existing.code().toLowerCase()).param("name", unique("Different ")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("href=\"#code\"", "Another footprint already has this code");
    }

    @Test
    void a_footprint_is_renamed_at_the_version_opened() throws Exception {
        FootprintView footprint = footprint();

        String html = mvc.perform(get("/admin/footprints/" + footprint.id()).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(html).contains("<title>Change a footprint – SEND service</title>", "name=\"version\"");

        mvc.perform(post("/admin/footprints/" + footprint.id()).with(admin()).with(csrf())
                        .param("code", footprint.code()).param("name", footprint.name() + " renamed")
                        .param("version", String.valueOf(footprint.version())))
                .andExpect(redirectedUrl("/admin/footprints"));

        assertThat(reference.footprintView(footprint.id()).name()).isEqualTo(footprint.name() + " renamed");
    }

    @Test
    void renaming_to_a_name_already_taken_is_an_error_on_the_name() throws Exception {
        FootprintView footprint = footprint();
        FootprintView other = footprint();

        String html = mvc.perform(post("/admin/footprints/" + footprint.id()).with(admin()).with(csrf())
                        .param("code", footprint.code()).param("name", other.name())
                        .param("version", String.valueOf(footprint.version())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("href=\"#name\"", "Another footprint already has this name");
        assertThat(reference.footprintView(footprint.id()).name()).isEqualTo(footprint.name());
    }

    @Test
    void a_change_from_a_stale_page_is_a_conflict() throws Exception {
        FootprintView footprint = footprint();
        reference.updateFootprint(footprint.id(), footprint.code(), footprint.name() + " elsewhere", footprint.version(), null);

        mvc.perform(post("/admin/footprints/" + footprint.id()).with(admin()).with(csrf())
                        .param("code", footprint.code()).param("name", "Mine")
                        .param("version", String.valueOf(footprint.version())))
                .andExpect(status().isConflict());
    }

    @Test
    void posting_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/footprints").with(admin()).param("code", unique("X")).param("name", "X"))
                .andExpect(status().isForbidden());
    }
}
