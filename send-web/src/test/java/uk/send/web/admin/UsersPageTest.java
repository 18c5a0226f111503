package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.LockoutSettings;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;

class UsersPageTest extends AdminPageTest {

    @Autowired
    LockoutSettings lockout;

    @Test
    void the_user_list_shows_each_account_with_its_role_scope_and_status() throws Exception {
        FootprintView footprint = footprint();
        AccountView caseworker = account(Role.CASEWORKER, null, Set.of(footprint.id()));

        String html = mvc.perform(get("/admin/users").param("q", caseworker.email()).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("<title>Users – SEND service</title>", caseworker.email(), "Caseworker",
                footprint.name(), "govuk-tag--green", "Add a user", "/admin/users/" + caseworker.id());
    }

    @Test
    void the_list_filters_by_role() throws Exception {
        AccountView commissioner = account(Role.COMMISSIONER, null, Set.of());
        AccountView parent = account(Role.PARENT, null, Set.of());

        String html = mvc.perform(get("/admin/users").param("role", "COMMISSIONER").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(commissioner.email()).doesNotContain(parent.email());
    }

    @Test
    void the_add_a_user_form_renders() throws Exception {
        FootprintView footprint = footprint();
        String html = mvc.perform(get("/admin/users/new").with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(html).contains("<title>Add a user – SEND service</title>", "name=\"_csrf\"", "id=\"role\"",
                "id=\"settingId\"", "id=\"footprintIds\"", footprint.name());
    }

    @Test
    void a_valid_new_user_is_created_and_the_list_says_so() throws Exception {
        FootprintView footprint = footprint();
        String email = unique("new.caseworker") + "@example.test";

        mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
                        .param("email", "  " + email.toUpperCase() + " ")
                        .param("displayName", "Casey Worker")
                        .param("role", "CASEWORKER")
                        .param("footprintIds", String.valueOf(footprint.id()))
                        .param("_footprintIds", "on")
                        .param("password", PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"))
                .andExpect(flash().attributeExists("notice"));

        AccountView created = accounts.search(email, Role.CASEWORKER, org.springframework.data.domain.Pageable.unpaged())
                .getContent().get(0);
        assertThat(created.email()).isEqualTo(email);
        assertThat(created.displayName()).isEqualTo("Casey Worker");
        assertThat(created.footprintIds()).containsExactly(footprint.id());
    }

    @Test
    void an_adviser_is_created_with_no_setting_or_footprints_whatever_the_form_carried() throws Exception {
        FootprintView footprint = footprint();
        SettingView school = school(footprint);
        String email = unique("new.adviser") + "@example.test";

        mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
                        .param("email", email)
                        .param("displayName", "Ed Psych")
                        .param("role", "ADVISER")
                        .param("settingId", String.valueOf(school.id()))
                        .param("footprintIds", String.valueOf(footprint.id()))
                        .param("_footprintIds", "on")
                        .param("password", PASSWORD))
                .andExpect(redirectedUrl("/admin/users"));

        AccountView created = accounts.search(email, Role.ADVISER, org.springframework.data.domain.Pageable.unpaged())
                .getContent().get(0);
        assertThat(created.settingId()).isNull();
        assertThat(created.footprintIds()).isEmpty();
        String list = mvc.perform(get("/admin/users").param("role", "ADVISER").with(admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(email, "Adviser", "Advice requests addressed to them");
        assertThat(mvc.perform(get("/admin/users/new").with(admin())).andReturn().getResponse().getContentAsString())
                .contains("value=\"ADVISER\"");
    }

    @Test
    void a_new_user_with_problems_gets_the_form_back_with_every_problem_and_what_was_typed() throws Exception {
        String html = mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
                        .param("email", "not-an-email")
                        .param("displayName", "Sam Senco")
                        .param("role", "SENCO")
                        .param("password", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(errorSummary(html)).contains(
                "href=\"#email\"", "Enter an email address in the correct format",
                "href=\"#settingId\"", "Select the SENCO’s setting",
                "href=\"#password\"", "Password must be at least 12 characters");
        assertThat(html).contains("govuk-form-group--error", "govuk-error-message", "value=\"not-an-email\"",
                "value=\"Sam Senco\"");
        assertThat(html).containsPattern("id=\"role-SENCO\"[^>]*checked|checked[^>]*id=\"role-SENCO\"");
        assertThat(html).doesNotContain("value=\"short\"");
    }

    @Test
    void a_caseworker_needs_a_footprint_and_a_name_is_required() throws Exception {
        String html = mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
                        .param("email", unique("cw") + "@example.test")
                        .param("displayName", " ")
                        .param("role", "CASEWORKER")
                        .param("password", PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("Enter the person’s full name", "href=\"#footprintIds\"",
                "Select at least one footprint");
    }

    @Test
    void an_email_already_in_use_is_an_error_on_the_email_field() throws Exception {
        AccountView existing = account(Role.COMMISSIONER, null, Set.of());

        String html = mvc.perform(post("/admin/users/new").with(admin()).with(csrf())
                        .param("email", existing.email())
                        .param("displayName", "Someone Else")
                        .param("role", "COMMISSIONER")
                        .param("password", PASSWORD))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(errorSummary(html)).contains("href=\"#email\"", "An account with this email address already exists");
        assertThat(html).contains("value=\"Someone Else\"");
    }

    @Test
    void posting_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/admin/users/new").with(admin())
                        .param("email", unique("x") + "@example.test").param("displayName", "X")
                        .param("role", "ADMIN").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_caseworker_cannot_reach_the_user_pages() throws Exception {
        AccountView caseworker = account(Role.CASEWORKER, null, Set.of(footprint().id()));

        mvc.perform(get("/admin/users").with(as(caseworker))).andExpect(status().isForbidden());
    }

    @Test
    void the_change_form_shows_the_account_and_saves_changes() throws Exception {
        FootprintView footprint = footprint();
        SettingView school = school(footprint);
        AccountView user = account(Role.CASEWORKER, null, Set.of(footprint.id()));

        String html = mvc.perform(get("/admin/users/" + user.id()).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(html).contains("<title>Change a user – SEND service</title>", user.email(), "name=\"version\"",
                "Set a new password").doesNotContain("Unlock account");

        mvc.perform(post("/admin/users/" + user.id()).with(admin()).with(csrf())
                        .param("displayName", "Now A Senco")
                        .param("role", "SENCO")
                        .param("settingId", String.valueOf(school.id()))
                        .param("_enabled", "on")
                        .param("version", String.valueOf(user.version())))
                .andExpect(redirectedUrl("/admin/users"));

        AccountView changed = accounts.find(user.id()).orElseThrow();
        assertThat(changed.role()).isEqualTo(Role.SENCO);
        assertThat(changed.settingId()).isEqualTo(school.id());
        assertThat(changed.footprintIds()).isEmpty();
        assertThat(changed.enabled()).isFalse();
    }

    @Test
    void a_change_made_from_a_stale_page_is_a_conflict() throws Exception {
        AccountView user = account(Role.COMMISSIONER, null, Set.of());
        accounts.update(user.id(), new uk.send.domain.access.AccountChanges("Changed Elsewhere", Role.COMMISSIONER,
                null, Set.of(), true, user.version()), null);

        mvc.perform(post("/admin/users/" + user.id()).with(admin()).with(csrf())
                        .param("displayName", "My Change")
                        .param("role", "COMMISSIONER")
                        .param("enabled", "true")
                        .param("version", String.valueOf(user.version())))
                .andExpect(status().isConflict());

        assertThat(accounts.find(user.id()).orElseThrow().displayName()).isEqualTo("Changed Elsewhere");
    }

    @Test
    void an_unknown_user_is_not_found() throws Exception {
        mvc.perform(get("/admin/users/999999999").with(admin())).andExpect(status().isNotFound());
    }

    @Test
    void a_locked_account_can_be_unlocked() throws Exception {
        AccountView user = account(Role.PARENT, null, Set.of());
        for (int i = 0; i < lockout.accountMaxFailures(); i++) {
            accounts.recordFailedSignIn(user.email());
        }
        assertThat(accounts.find(user.id()).orElseThrow().locked()).isTrue();
        String html = mvc.perform(get("/admin/users/" + user.id()).with(admin()))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Unlock account");

        mvc.perform(post("/admin/users/" + user.id() + "/unlock").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));

        assertThat(accounts.find(user.id()).orElseThrow().locked()).isFalse();
    }

    @Test
    void a_new_password_must_meet_the_policy() throws Exception {
        AccountView user = account(Role.PARENT, null, Set.of());

        String html = mvc.perform(post("/admin/users/" + user.id() + "/password").with(admin()).with(csrf())
                        .param("newPassword", "aaaaaaaaaaaaaaaa"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(errorSummary(html)).contains("href=\"#newPassword\"", "Password is too predictable");
        assertThat(html).doesNotContain("aaaaaaaaaaaaaaaa");

        mvc.perform(post("/admin/users/" + user.id() + "/password").with(admin()).with(csrf())
                        .param("newPassword", "a different long passphrase"))
                .andExpect(redirectedUrl("/admin/users/" + user.id()))
                .andExpect(flash().attributeExists("notice"));
    }
}
