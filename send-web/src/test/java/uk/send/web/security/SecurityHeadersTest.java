package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import jakarta.servlet.http.Cookie;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

@SpringBootTest
@AutoConfigureMockMvc
class SecurityHeadersTest {

    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

    /** A TLS-terminating proxy in front of the service, as a deployment would configure it. */
    private static final String PROXY = "192.0.2.10";

    @Autowired
    MockMvc mvc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("springSessionRepositoryFilter")
    Filter sessions;
    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    /** The application's filters in their order, behind a proxy filter that trusts {@link #PROXY}. */
    private MockMvc behindProxy() {
        return MockMvcBuilders.webAppContextSetup(context)
                .addFilters(new TrustedProxyFilter(List.of(PROXY)), sessions, security).build();
    }

    private static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    private static String cookie(MvcResult result, String name) {
        return result.getResponse().getHeaders("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse("");
    }



    @Test
    void pages_refuse_powerful_browser_features() throws Exception {
        String policy = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Permissions-Policy");
        assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
    }

    @Test
    void over_plain_http_there_is_no_hsts() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andReturn();
        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void behind_the_configured_tls_proxy_responses_carry_hsts_and_the_request_is_secure_from_the_forwarded_client() throws Exception {
        MockMvc proxied = behindProxy();
        MvcResult page = proxied.perform(from(get("/login"), PROXY).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.7")).andReturn();
        assertThat(page.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");

        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        MvcResult signedIn = proxied.perform(from(post("/login"), PROXY).with(csrf()).header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-For", "203.0.113.8").param("username", user.email()).param("password", Fixtures.PASSWORD))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(signedIn.getResponse().getHeader("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void forwarded_headers_from_anyone_else_are_ignored() throws Exception {
        MockMvc proxied = behindProxy();
        MvcResult result = proxied.perform(from(get("/login"), "203.0.113.9").header("X-Forwarded-Proto", "https"))
                .andReturn();
        assertThat(result.getResponse().getHeader("Strict-Transport-Security")).isNull();

        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        MvcResult signedIn = proxied.perform(from(post("/login"), "203.0.113.9").with(csrf()).header("X-Forwarded-Proto", "https")
                .param("username", user.email()).param("password", Fixtures.PASSWORD)).andReturn();
        assertThat(signedIn.getResponse().getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void the_host_header_never_shapes_a_redirect() throws Exception {
        MvcResult refused = mvc.perform(get("/commissioner").header("Host", "evil.example")
                .header("X-Forwarded-Host", "evil.example")).andReturn();
        assertThat(refused.getResponse().getHeader("Location")).isEqualTo("/login");

        // the saved request (built from the Host header) brings the person back by path only
        String session = cookie(refused, "SESSION");
        assertThat(session).isNotEmpty();
        Cookie saved = new Cookie("SESSION", session.substring("SESSION=".length(), session.indexOf(';')));
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        MvcResult signedIn = mvc.perform(post("/login").with(csrf()).cookie(saved).header("Host", "evil.example")
                .param("username", user.email()).param("password", Fixtures.PASSWORD)).andReturn();
        assertThat(signedIn.getResponse().getHeader("Location")).startsWith("/commissioner").doesNotContain("evil");
    }

    @Test
    void a_session_ends_after_thirty_minutes_without_a_request() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        mvc.perform(post("/login").with(csrf()).param("username", user.email()).param("password", Fixtures.PASSWORD));
        int timeout = jdbc.sql("select max_inactive_interval from spring_session where principal_name = :p")
                .param("p", user.email()).query(Integer.class).single();
        assertThat(timeout).isEqualTo(30 * 60);
    }

    @Test
    void a_session_idle_for_thirty_one_minutes_is_refused_and_one_in_use_is_not() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        MvcResult signedIn = mvc.perform(post("/login").with(csrf()).param("username", user.email())
                .param("password", Fixtures.PASSWORD)).andReturn();
        String session = cookie(signedIn, "SESSION");
        Cookie cookie = new Cookie("SESSION", session.substring("SESSION=".length(), session.indexOf(';')));
        mvc.perform(get("/commissioner").cookie(cookie)).andExpect(status().isOk());

        jdbc.sql("""
                        update spring_session set last_access_time = last_access_time - :idle,
                        expiry_time = expiry_time - :idle where principal_name = :p""")
                .param("idle", 31L * 60 * 1000).param("p", user.email()).update();

        MvcResult later = mvc.perform(get("/commissioner").cookie(cookie)).andReturn();
        assertThat(later.getResponse().getStatus()).isEqualTo(302);
        assertThat(later.getResponse().getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void every_kind_of_response_carries_the_policies_signed_in_pages_downloads_and_errors_alike() throws Exception {
        AccountView admin = fixtures.account(Role.ADMIN, null, Set.of());
        for (MockHttpServletRequestBuilder request : List.of(get("/local-offer"), get("/admin").with(SignedIn.as(admin)),
                get("/admin/users.csv").with(SignedIn.as(admin)), get("/children/" + Long.MAX_VALUE).with(SignedIn.as(admin)),
                get("/commissioner").with(SignedIn.as(admin)))) {
            MvcResult result = mvc.perform(request).andReturn();
            String what = result.getRequest().getRequestURI() + " (" + result.getResponse().getStatus() + ")";
            assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(what)
                    .contains("script-src 'self' 'nonce-", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(result.getResponse().getHeader("Permissions-Policy")).as(what)
                    .contains("camera=()", "microphone=()", "geolocation=()", "payment=()");
            assertThat(result.getResponse().getHeader("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
        }
    }

    @Test
    void pages_forbid_inline_script_except_with_this_responses_nonce() throws Exception {
        MvcResult result = mvc.perform(get("/login")).andExpect(status().isOk()).andReturn();

        String csp = result.getResponse().getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self' 'nonce-").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'")
                .contains("object-src 'none'");
        Matcher nonce = NONCE.matcher(csp);
        assertThat(nonce.find()).isTrue();
        assertThat(result.getResponse().getContentAsString()).contains("nonce=\"" + nonce.group(1) + "\"");
    }

    @Test
    void each_response_gets_a_fresh_nonce() throws Exception {
        String first = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");
        String second = mvc.perform(get("/login")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void pages_are_not_sniffed_framed_or_leaky_with_referrers() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void the_public_health_check_says_up_and_nothing_more() throws Exception {
        String body = mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("\"UP\"").doesNotContain("components").doesNotContain("db");
    }
}
