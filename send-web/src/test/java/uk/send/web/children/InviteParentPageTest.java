package uk.send.web.children;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * A caseworker or an administrator invites a parent to a child's record from the child's page: the parent's
 * account is made (or found) and linked, and a first-sign-in link is emailed; no one else may, and a caseworker
 * only for a child in their footprints (another answers as an unknown id).
 */
@SpringBootTest
@AutoConfigureMockMvc
class InviteParentPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private static MockHttpServletRequestBuilder invite(long child, String email) {
        return post("/children/{id}/invite-parent", child).with(csrf()).param("givenName", "Robin")
                .param("familyName", "Parent").param("relationship", "FATHER").param("email", email);
    }

    @Test
    void a_caseworker_invites_a_new_parent_who_is_linked_and_emailed_a_first_sign_in_link() throws Exception {
        FootprintView north = fixtures.footprint();
        long child = fixtures.childWithCarer(north, "Invited" + Fixtures.next());
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));

        String record = mvc.perform(get("/children/{id}", child).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(record).contains("/children/" + child + "/invite-parent");
        String form = mvc.perform(get("/children/{id}/invite-parent", child).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("<title>Invite a parent or carer – SEND service</title>", "name=\"email\"");

        String email = "robin" + Fixtures.next() + "@example.test";
        mvc.perform(invite(child, email).with(SignedIn.as(caseworker))).andExpect(redirectedUrl("/children/" + child));

        AccountView parent = accounts.findByEmail(email).orElseThrow();
        assertThat(parent.role()).isEqualTo(Role.PARENT);
        assertThat(jdbc.sql("select count(*) from carer where child_id = :c and user_id = :u").param("c", child)
                .param("u", parent.id()).query(Long.class).single()).isOne();
        String body = jdbc.sql("select body from notification_outbox where account_id = :a").param("a", parent.id())
                .query(String.class).single();
        assertThat(body).contains("/password/new?token=");
        mvc.perform(get("/children/{id}", child).with(SignedIn.as(parent))).andExpect(status().isOk());
    }

    @Test
    void an_existing_parent_account_is_linked_and_told_without_a_new_password_link() throws Exception {
        FootprintView north = fixtures.footprint();
        long child = fixtures.childWithCarer(north, "Linked" + Fixtures.next());
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        AccountView admin = fixtures.account(Role.ADMIN, null, Set.of());

        mvc.perform(invite(child, parent.email()).with(SignedIn.as(admin))).andExpect(redirectedUrl("/children/" + child));

        mvc.perform(get("/children/{id}", child).with(SignedIn.as(parent))).andExpect(status().isOk());
        String body = jdbc.sql("select body from notification_outbox where account_id = :a").param("a", parent.id())
                .query(String.class).single();
        assertThat(body).doesNotContain("token=");
        String again = mvc.perform(invite(child, parent.email()).with(SignedIn.as(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(again).contains("govuk-error-summary", "already linked");
    }

    @Test
    void a_staff_address_is_refused_and_everything_typed_is_kept() throws Exception {
        FootprintView north = fixtures.footprint();
        long child = fixtures.childWithCarer(north, "Staff" + Fixtures.next());
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        AccountView panel = fixtures.account(Role.PANEL, null, Set.of(north.id()));

        String html = mvc.perform(invite(child, panel.email()).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "staff account", "value=\"Robin\"", "value=\"" + panel.email() + "\"");
    }

    @Test
    void a_caseworker_outside_the_childs_footprint_gets_the_unknown_id_answer_and_other_roles_are_refused() throws Exception {
        FootprintView north = fixtures.footprint();
        FootprintView south = fixtures.footprint();
        long child = fixtures.childWithCarer(north, "Scope" + Fixtures.next());
        AccountView elsewhere = fixtures.account(Role.CASEWORKER, null, Set.of(south.id()));

        mvc.perform(get("/children/{id}/invite-parent", child).with(SignedIn.as(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(get("/children/{id}/invite-parent", 999_999_999L).with(SignedIn.as(elsewhere))).andExpect(status().isNotFound());
        mvc.perform(invite(child, "x" + Fixtures.next() + "@example.test").with(SignedIn.as(elsewhere)))
                .andExpect(status().isNotFound());
        for (Role role : Set.of(Role.PARENT, Role.SENCO, Role.PANEL)) {
            AccountView someone = fixtures.account(role, role.isSettingScoped() ? fixtures.school(north).id() : null,
                    role == Role.PANEL ? Set.of(north.id()) : Set.of());
            mvc.perform(get("/children/{id}/invite-parent", child).with(SignedIn.as(someone))).andExpect(status().isForbidden());
        }
    }
}
