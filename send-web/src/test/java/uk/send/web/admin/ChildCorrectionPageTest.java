package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/** An administrator corrects a child's details with the same checks as a new child's; no other role can. */
class ChildCorrectionPageTest extends AdminPageTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private MockHttpServletRequestBuilder correction(long child, String familyName, String upn, String postcode, int version) {
        return post("/admin/children/{id}/edit", child).with(csrf()).param("givenName", "Alexa")
                .param("familyName", familyName).param("day", "2").param("month", "3").param("year", "2015")
                .param("upn", upn).param("nhsNumber", "").param("homePostcode", postcode)
                .param("version", String.valueOf(version));
    }

    @Test
    void the_administrator_corrects_a_childs_name_date_of_birth_and_postcode_and_it_is_audited() throws Exception {
        FootprintView north = footprint();
        FootprintView south = footprint();
        reference.coverPostcodes(south.id(), List.of("Z" + (next() % 10) + "Z"), Fixtures.SYSTEM);
        String district = reference.postcodesOf(south.id()).get(0);
        String family = unique("Corrected");
        long child = fixtures.childWithCarer(north, unique("Typo"));
        AccountView admin = account(Role.ADMIN, null, Set.of());

        String form = mvc.perform(get("/admin/children/{id}/edit", child).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(form);
        assertThat(form).contains("Correct the child’s details", "name=\"version\"");

        mvc.perform(correction(child, family, "", district + " 1AA", 0).with(SignedIn.as(admin)))
                .andExpect(redirectedUrl("/admin/children/" + child));

        var row = jdbc.sql("select given_name, family_name, date_of_birth, home_footprint_id, home_postcode from child where id = :id")
                .param("id", child).query().singleRow();
        assertThat(row.get("given_name")).isEqualTo("Alexa");
        assertThat(row.get("family_name")).isEqualTo(family);
        assertThat(row.get("date_of_birth").toString()).isEqualTo("2015-03-02");
        assertThat(row.get("home_footprint_id")).isEqualTo(south.id());
        assertThat(row.get("home_postcode")).isEqualTo(district + " 1AA");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'CHILD_UPDATED' and entity_id = :id and detail = 'details corrected'")
                .param("id", String.valueOf(child)).query(Long.class).single()).isOne();
    }

    @Test
    void a_upn_with_a_wrong_check_letter_is_a_field_error_and_a_stale_page_is_a_conflict() throws Exception {
        long child = fixtures.childWithCarer(footprint(), unique("Stale"));
        AccountView admin = account(Role.ADMIN, null, Set.of());

        String html = mvc.perform(correction(child, "Name", "Q207000016049", "", 0).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorSummary(html)).contains("href=\"#upn\"");

        mvc.perform(correction(child, "Name", "", "", 7).with(SignedIn.as(admin))).andExpect(status().isConflict());
    }

    @Test
    void no_other_role_opens_or_posts_the_correction() throws Exception {
        FootprintView north = footprint();
        long child = fixtures.childWithCarer(north, unique("Denied"));
        for (AccountView someone : List.of(account(Role.CASEWORKER, null, Set.of(north.id())),
                account(Role.PARENT, null, Set.of()), account(Role.PANEL, null, Set.of(north.id())))) {
            mvc.perform(get("/admin/children/{id}/edit", child).with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(correction(child, "Name", "", "", 0).with(SignedIn.as(someone))).andExpect(status().isForbidden());
        }
    }
}
