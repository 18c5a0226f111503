package uk.send.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.access.AccountLinks;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.testing.Fixtures;

/**
 * "Forgotten your password?" and an invitation's first sign-in: a single-use, time-limited link by email, the
 * same answer whether or not the account exists, the administrator's password rules, and an audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PasswordLinksPagesTest {

    private static final Pattern LINK = Pattern.compile("/password/new\\?token=([A-Za-z0-9_-]{43})");
    private static final String NEW_PASSWORD = "violet kettle orbit saddle";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditLog audit;
    @Autowired
    AccountLinks links;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transactions;

    /** The token in the newest email to this account (the demo keeps email whole for the administrator's page). */
    private String tokenEmailedTo(AccountView account) {
        String body = jdbc.sql("select body from notification_outbox where account_id = :a order by id desc limit 1")
                .param("a", account.id()).query(String.class).single();
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in the email").isTrue();
        return link.group(1);
    }

    private long emailsTo(AccountView account) {
        return jdbc.sql("select count(*) from notification_outbox where account_id = :a").param("a", account.id())
                .query(Long.class).single();
    }

    private String forgotten(String email) throws Exception {
        return mvc.perform(post("/password/forgotten").with(csrf()).param("email", email))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A page without the parts that differ on every response (the CSP nonce and the CSRF token). */
    private static String stable(String html) {
        return html.replaceAll("nonce=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "")
                .replaceAll("value=\"[^\"]*\" name=\"_csrf\"", "");
    }

    @Test
    void the_sign_in_page_links_to_the_forgotten_password_page() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(login).contains("href=\"/password/forgotten\"");
        String page = mvc.perform(get("/password/forgotten")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<title>Forgotten your password? – SEND service</title>", "name=\"email\"");
    }

    @Test
    void the_answer_is_the_same_whether_or_not_the_address_has_an_account_and_only_an_account_gets_an_email() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());

        String known = forgotten(parent.email());
        String unknown = forgotten("nobody-" + Fixtures.next() + "@example.test");

        assertThat(stable(known)).isEqualTo(stable(unknown)).contains("Check your email");
        assertThat(emailsTo(parent)).isOne();
        String subject = jdbc.sql("select subject from notification_outbox where account_id = :a").param("a", parent.id())
                .query(String.class).single();
        assertThat(subject).doesNotContain(parent.email()).doesNotContain(parent.displayName());
        assertThat(audit.forEntity("USER", parent.id())).extracting(e -> e.action()).contains(AuditAction.PASSWORD_RESET_REQUESTED);
    }

    @Test
    void only_a_hash_of_the_token_is_stored() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        forgotten(parent.email());
        String token = tokenEmailedTo(parent);

        long holding = jdbc.sql("select count(*) from account_token where token_hash like :t or token_hash = :t")
                .param("t", "%" + token + "%").query(Long.class).single();
        assertThat(holding).isZero();
        assertThat(jdbc.sql("select count(*) from account_token where account_id = :a").param("a", parent.id())
                .query(Long.class).single()).isOne();
    }

    @Test
    void asking_twice_in_a_moment_sends_one_email() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        forgotten(parent.email());
        forgotten(parent.email().toUpperCase());
        assertThat(emailsTo(parent)).isOne();
    }

    @Test
    void a_malformed_address_is_an_error_on_the_form() throws Exception {
        String html = mvc.perform(post("/password/forgotten").with(csrf()).param("email", "not an address"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary", "Enter an email address in the correct format", "href=\"#email\"",
                "value=\"not an address\"");
    }

    @Test
    void the_link_sets_a_new_password_once_under_the_password_rules_and_unlocks_the_account() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        for (int i = 0; i < 60; i++) {
            accounts.recordFailedSignIn(parent.email());
        }
        assertThat(accounts.find(parent.id()).orElseThrow().locked()).isTrue();
        forgotten(parent.email());
        String token = tokenEmailedTo(parent);

        String form = mvc.perform(get("/password/new").param("token", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Choose a new password", "name=\"token\"", "type=\"password\"");

        String weak = mvc.perform(post("/password/new").with(csrf()).param("token", token).param("newPassword", "short"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(weak).contains("govuk-error-summary", "href=\"#newPassword\"").doesNotContain("value=\"short\"");

        mvc.perform(post("/password/new").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/login?passwordSet"));

        assertThat(accounts.find(parent.id()).orElseThrow().locked()).isFalse();
        mvc.perform(formLogin("/login").user(parent.email()).password(NEW_PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(get("/password/new").param("token", token)).andExpect(status().isGone());
        mvc.perform(post("/password/new").with(csrf()).param("token", token).param("newPassword", "another long passphrase"))
                .andExpect(status().isGone());
        assertThat(audit.forEntity("USER", parent.id())).extracting(e -> e.action()).contains(AuditAction.PASSWORD_SET_BY_LINK);
    }

    @Test
    void an_expired_link_and_a_made_up_one_answer_alike() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        forgotten(parent.email());
        String token = tokenEmailedTo(parent);
        jdbc.sql("update account_token set created_at = created_at - interval '2 hours', expires_at = expires_at - interval '2 hours' where account_id = :a")
                .param("a", parent.id()).update();

        String expired = mvc.perform(get("/password/new").param("token", token)).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        String madeUp = mvc.perform(get("/password/new").param("token", "A".repeat(43))).andExpect(status().isGone())
                .andReturn().getResponse().getContentAsString();
        assertThat(stable(expired)).isEqualTo(stable(madeUp)).contains("This link no longer works");
        mvc.perform(post("/password/new").with(csrf()).param("token", token).param("newPassword", NEW_PASSWORD))
                .andExpect(status().isGone());
    }

    @Test
    void an_invitation_asks_the_new_account_holder_to_choose_a_password() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        transactions.executeWithoutResult(s -> links.invite(parent.id(), null));
        String token = tokenEmailedTo(parent);

        String form = mvc.perform(get("/password/new").param("token", token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Choose a password for your account");
        assertThat(audit.forEntity("USER", parent.id())).extracting(e -> e.action()).contains(AuditAction.ACCOUNT_INVITED);
    }
}
