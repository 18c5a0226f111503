package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.logout;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.testing.Fixtures;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    AuditLog audit;

    @Test
    void the_right_password_signs_in_and_goes_to_the_home_redirect() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());

        mvc.perform(formLogin("/login").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));

        assertThat(audit.forEntity("USER", user.id())).extracting(e -> e.action()).contains(AuditAction.SIGNED_IN);
    }

    @Test
    void the_email_address_is_not_case_sensitive() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());

        mvc.perform(formLogin("/login").user(user.email().toUpperCase()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void a_wrong_password_goes_back_to_the_form_with_an_error() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());

        mvc.perform(formLogin("/login").user(user.email()).password("not the password at all"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void five_wrong_passwords_lock_the_account_so_that_even_the_right_one_is_refused() throws Exception {
        AccountView user = fixtures.account(Role.PANEL, null, Set.of(fixtures.footprint().id()));

        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(user.email()).password("wrong password " + i))
                    .andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(formLogin("/login").user(user.email()).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(audit.forEntity("USER", user.id())).extracting(e -> e.action()).contains(AuditAction.ACCOUNT_LOCKED);
    }

    @Test
    void a_sign_in_post_without_the_csrf_token_is_refused() throws Exception {
        mvc.perform(post("/login").param("username", "a@example.test").param("password", "whatever"))
                .andExpect(status().isForbidden());
    }

    @Test
    void signing_out_needs_a_post_with_the_token_and_returns_to_sign_in() throws Exception {
        mvc.perform(logout("/logout")).andExpect(redirectedUrl("/login?signedOut"));
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?signedOut"));
    }
}
