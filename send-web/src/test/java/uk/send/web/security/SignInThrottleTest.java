package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.LockoutSettings;
import uk.send.domain.access.Role;
import uk.send.domain.access.ThrottleSettings;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.testing.Fixtures;

/**
 * Sign-in is slowed per client address as well as per account: a stranger who knows an address cannot lock its
 * owner out, and spraying passwords across accounts from one address is stopped without counting against them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInThrottleTest {

    private static final AtomicInteger HOST = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    LockoutSettings lockout;
    @Autowired
    ThrottleSettings throttle;

    /** An address of its own for each use (documentation ranges), so tests never share a count. */
    private static String address() {
        int n = HOST.getAndIncrement();
        return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
    }

    private static MockHttpServletRequestBuilder signIn(String from, String email, String password) {
        return post("/login").with(csrf()).param("username", email).param("password", password)
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                });
    }

    @Test
    void wrong_passwords_from_one_address_lock_that_address_out_but_not_the_owner_elsewhere() throws Exception {
        AccountView owner = fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()));
        String stranger = address();
        for (int i = 0; i < lockout.maxFailures(); i++) {
            mvc.perform(signIn(stranger, owner.email(), "guess number " + i)).andExpect(redirectedUrl("/login?error"));
        }

        mvc.perform(signIn(stranger, owner.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?error"));
        mvc.perform(signIn(address(), owner.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));

        assertThat(audit.forEntity("USER", owner.id())).extracting(e -> e.action())
                .contains(AuditAction.ACCOUNT_LOCKED, AuditAction.SIGN_IN_THROTTLED, AuditAction.SIGNED_IN);
    }

    @Test
    void spraying_passwords_across_accounts_from_one_address_is_refused_without_counting_against_any_account() throws Exception {
        AccountView victim = fixtures.account(Role.PANEL, null, Set.of(fixtures.footprint().id()));
        String sprayer = address();
        for (int i = 0; i < throttle.addressMaxFailures(); i++) {
            mvc.perform(signIn(sprayer, "someone-" + Fixtures.next() + "@example.test", "Password1"))
                    .andExpect(redirectedUrl("/login?error"));
        }

        // refused before the password is checked: even the right one, and nothing is counted
        mvc.perform(signIn(sprayer, victim.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?throttled"));
        for (int i = 0; i < lockout.maxFailures() + 1; i++) {
            mvc.perform(signIn(sprayer, victim.email(), "spray " + i)).andExpect(redirectedUrl("/login?throttled"));
        }
        assertThat(accounts.find(victim.id()).orElseThrow().locked()).isFalse();
        mvc.perform(signIn(address(), victim.email(), Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
    }

    @Test
    void a_forwarded_for_header_from_a_caller_that_is_not_a_trusted_proxy_is_ignored() throws Exception {
        AccountView owner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        String caller = address();
        for (int i = 0; i < lockout.maxFailures(); i++) {
            String claimed = address();
            mvc.perform(signIn(caller, owner.email(), "guess " + i).header("X-Forwarded-For", claimed))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(signIn(caller, owner.email(), Fixtures.PASSWORD).header("X-Forwarded-For", address()))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void the_sign_in_page_says_when_an_address_is_refused() throws Exception {
        String html = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
                .param("throttled", "")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "too many wrong passwords from your network");
    }
}
