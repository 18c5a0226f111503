package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;

import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Postcode;

class FootprintPostcodesPageTest extends AdminPageTest {

    @Test
    void an_administrator_says_which_postcode_districts_and_areas_a_footprint_covers() throws Exception {
        FootprintView footprint = footprint();
        String district = "ZW" + (next() % 90 + 10);

        String edit = mvc.perform(get("/admin/footprints/" + footprint.id()).with(admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("/admin/footprints/" + footprint.id() + "/postcodes");

        mvc.perform(post("/admin/footprints/" + footprint.id() + "/postcodes").with(admin()).with(csrf())
                        .param("prefixes", district.toLowerCase() + ", ZV\n"))
                .andExpect(redirectedUrl("/admin/footprints/" + footprint.id() + "/postcodes"));

        assertThat(reference.postcodesOf(footprint.id())).containsExactly("ZV", district);
        assertThat(reference.footprintForPostcode(Postcode.of(district + " 1AA")).orElseThrow().id()).isEqualTo(footprint.id());
        String page = mvc.perform(get("/admin/footprints/" + footprint.id() + "/postcodes").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(page);
        assertThat(page).contains("ZV, " + district, "<title>Postcodes of a footprint – SEND service</title>");
    }

    @Test
    void something_that_is_not_a_district_or_area_comes_back_with_what_was_typed() throws Exception {
        FootprintView footprint = footprint();
        String html = mvc.perform(post("/admin/footprints/" + footprint.id() + "/postcodes").with(admin()).with(csrf())
                        .param("prefixes", "DB1, SW1A 1AA, 12"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorSummary(html)).contains("href=\"#prefixes\"", "These are not postcode districts or areas: 1AA, 12");
        assertThat(html).contains("DB1, SW1A 1AA, 12");
        assertThat(reference.postcodesOf(footprint.id())).isEmpty();
    }

    @Test
    void only_an_administrator_changes_them() throws Exception {
        FootprintView footprint = footprint();
        mvc.perform(get("/admin/footprints/" + footprint.id() + "/postcodes")
                .with(as(account(Role.CASEWORKER, null, Set.of(footprint.id()))))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/footprints/999999/postcodes").with(admin())).andExpect(status().isNotFound());
    }
}
