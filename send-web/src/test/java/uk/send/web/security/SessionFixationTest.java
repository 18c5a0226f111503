package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/**
 * Over real HTTP, with sessions in the database: an anonymous visit to the sign-in page creates no session,
 * signing in replaces the session id, the session cookie is HttpOnly and SameSite, and the session times out
 * after 30 minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionFixationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void viewing_the_sign_in_page_creates_no_session() throws Exception {
        long sessionsBefore = sessionRows();
        HttpClient client = HttpClient.newHttpClient();

        for (String method : List.of("GET", "HEAD")) {
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(uri("/login"))
                    .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
        }
        assertThat(sessionRows()).isEqualTo(sessionsBefore);
    }

    @Test
    void the_sign_in_forms_csrf_token_is_kept_in_a_protected_cookie() throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.headers().allValues("Set-Cookie")).singleElement().asString()
                .startsWith("XSRF-TOKEN=").contains("HttpOnly").contains("SameSite=Lax");
    }

    @Test
    void signing_in_gives_the_browser_a_new_session_id_in_a_protected_cookie() throws Exception {
        AccountView user = fixtures.account(Role.COMMISSIONER, null, Set.of());
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

        // a protected page remembers where the visitor was going, which needs a session: the id to be replaced
        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(uri("/commissioner")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(302);
        String before = session(cookies);
        assertThat(before).isNotNull();

        HttpResponse<String> form = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();

        String body = "username=" + enc(user.email()) + "&password=" + enc(Fixtures.PASSWORD) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> signedIn = client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().contains("/commissioner");
        assertThat(signedIn.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("SESSION="))
                .singleElement().asString().contains("HttpOnly").contains("SameSite=Lax");
        assertThat(session(cookies)).isNotNull().isNotEqualTo(before);
        assertThat(jdbc.queryForObject("select max_inactive_interval from spring_session where principal_name = ?",
                Integer.class, user.email())).as("30 minutes without a request ends the session").isEqualTo(30 * 60);
    }

    private long sessionRows() {
        return jdbc.queryForObject("select count(*) from spring_session", Long.class);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String session(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
