package uk.send.web.children;

import static org.assertj.core.api.Assertions.assertThat;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/** The child record page answers each role within its scope, and refuses outside it with the 403 page. */
@SpringBootTest
@AutoConfigureMockMvc
class ChildRecordPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    Fixtures.TwoFamilies families;

    @BeforeEach
    void twoFamiliesInTwoFootprints() {
        families = fixtures.twoFamiliesInTwoFootprints();
    }

    @Test
    void a_parent_sees_their_own_childs_record() throws Exception {
        mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(families.parent())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Parents and carers")))
                // one summary card per carer, which fits a 375 px screen, not a four-column table
                .andExpect(content().string(containsString("<dt class=\"govuk-summary-list__key\">Parental responsibility</dt>")))
                .andExpect(content().string(not(containsString("carers-table"))))
                .andExpect(content().string(containsString("Alex Tester")));
    }

    @Test
    void a_parent_is_refused_another_childs_record() throws Exception {
        mvc.perform(get("/children/{id}", families.otherChild()).with(SignedIn.as(families.parent())))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")))
                .andExpect(content().string(not(containsString("Alex Tester"))));
    }

    @Test
    void a_record_outside_scope_answers_exactly_as_one_that_does_not_exist() throws Exception {
        var outside = mvc.perform(get("/children/{id}", families.otherChild()).with(SignedIn.as(families.parent())))
                .andReturn().getResponse();
        var missing = mvc.perform(get("/children/{id}", Long.MAX_VALUE).with(SignedIn.as(families.parent())))
                .andReturn().getResponse();

        assertThat(outside.getStatus()).isEqualTo(missing.getStatus()).isEqualTo(404);
        assertThat(withoutTokens(outside.getContentAsString())).isEqualTo(withoutTokens(missing.getContentAsString()));
    }

    /** A page without what differs on every response: the CSP nonce and the CSRF token. */
    private static String withoutTokens(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }

    @Test
    void a_senco_sees_a_child_at_their_school_and_not_one_elsewhere() throws Exception {
        AccountView senco = fixtures.account(Role.SENCO, families.northSchool().id(), Set.of());

        mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(senco))).andExpect(status().isOk());
        mvc.perform(get("/children/{id}", families.otherChild()).with(SignedIn.as(senco))).andExpect(status().isNotFound());
    }

    @Test
    void a_caseworker_sees_children_in_their_footprint_only() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));

        mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(caseworker))).andExpect(status().isOk());
        mvc.perform(get("/children/{id}", families.otherChild()).with(SignedIn.as(caseworker))).andExpect(status().isNotFound());
    }

    @Test
    void a_commissioner_cannot_open_an_individual_record() throws Exception {
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());

        mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(commissioner))).andExpect(status().isForbidden());
    }

    @Test
    void a_record_that_does_not_exist_gives_the_not_found_page() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));

        mvc.perform(get("/children/{id}", Long.MAX_VALUE).with(SignedIn.as(caseworker)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Page not found")));
    }

    @Test
    void the_caseworker_home_lists_and_finds_children_in_their_footprint() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));

        mvc.perform(get("/caseworker/children").param("q", "1/3/2015").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/children/" + families.ownChild())))
                .andExpect(content().string(not(containsString("/children/" + families.otherChild() + "\""))));
    }

    @Test
    void the_parent_home_lists_only_their_children() throws Exception {
        mvc.perform(get("/parent").with(SignedIn.as(families.parent())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/children/" + families.ownChild())))
                .andExpect(content().string(not(containsString("/children/" + families.otherChild() + "\""))));
    }
}
