package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;

/**
 * Over real HTTP, with sessions in the database: the signed-in person's viewer (role and scope) is read once a
 * session and kept in it, and any change to the account's role, enabled status or footprints ends its sessions,
 * so the next request (on any instance: the session is gone from the database) is sent to sign in. Sign-in
 * bookkeeping ends none.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignedInViewerTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_viewer_is_kept_in_the_session_and_survives_sign_in_bookkeeping() throws Exception {
        FootprintView footprint = fixtures.footprint();
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        HttpClient browser = signedIn(caseworker);

        assertThat(get(browser, "/caseworker").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("""
                select count(*) from spring_session s join spring_session_attributes a on a.session_primary_id = s.primary_id
                where s.principal_name = ? and a.attribute_name = ?""", Long.class, caseworker.email(),
                CurrentViewerResolver.SESSION_ATTRIBUTE)).as("the viewer kept in the session").isEqualTo(1);

        jdbc.update("update app_user set last_sign_in_at = now(), failed_attempts = 3, display_name = 'Renamed' where id = ?",
                caseworker.id());
        assertThat(get(browser, "/caseworker").statusCode()).as("still signed in").isEqualTo(200);
    }

    @Test
    void a_change_of_footprints_ends_the_session() throws Exception {
        FootprintView footprint = fixtures.footprint();
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        HttpClient browser = signedIn(caseworker);
        assertThat(get(browser, "/caseworker").statusCode()).isEqualTo(200);

        jdbc.update("insert into app_user_footprint (user_id, footprint_id) values (?, ?)", caseworker.id(),
                fixtures.footprint().id());

        assertSentToSignIn(get(browser, "/caseworker"));
        HttpClient again = signedIn(caseworker);
        assertThat(get(again, "/caseworker").statusCode()).as("signed in again, with the new scope").isEqualTo(200);

        jdbc.update("delete from app_user_footprint where user_id = ? and footprint_id = ?", caseworker.id(), footprint.id());
        assertSentToSignIn(get(again, "/caseworker"));
    }

    @Test
    void disabling_the_account_ends_the_session_and_it_cannot_sign_in_again() throws Exception {
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        HttpClient browser = signedIn(commissioner);
        assertThat(get(browser, "/commissioner").statusCode()).isEqualTo(200);

        jdbc.update("update app_user set enabled = false where id = ?", commissioner.id());

        assertSentToSignIn(get(browser, "/commissioner"));
        assertThat(sessionsOf(commissioner)).isZero();
        assertThat(signIn(newBrowser(), commissioner).headers().firstValue("Location")).get().asString()
                .contains("/login?error");
    }

    @Test
    void a_change_of_role_ends_the_session() throws Exception {
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        HttpClient browser = signedIn(commissioner);
        assertThat(get(browser, "/commissioner").statusCode()).isEqualTo(200);

        jdbc.update("update app_user set role = 'ADMIN' where id = ?", commissioner.id());

        assertSentToSignIn(get(browser, "/commissioner"));
        assertThat(get(signedIn(commissioner), "/admin").statusCode()).as("signed in again as an administrator")
                .isEqualTo(200);
    }

    private long sessionsOf(AccountView account) {
        return jdbc.queryForObject("select count(*) from spring_session where principal_name = ?", Long.class,
                account.email());
    }

    private static void assertSentToSignIn(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    private HttpClient signedIn(AccountView account) throws Exception {
        HttpClient client = newBrowser();
        HttpResponse<String> signedIn = signIn(client, account);
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        return client;
    }

    private static HttpClient newBrowser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    private HttpResponse<String> signIn(HttpClient client, AccountView account) throws Exception {
        HttpResponse<String> form = get(client, "/login");
        Matcher token = CSRF.matcher(form.body());
        assertThat(token.find()).isTrue();
        String body = "username=" + enc(account.email()) + "&password=" + enc(Fixtures.PASSWORD) + "&_csrf="
                + enc(token.group(1));
        return client.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
