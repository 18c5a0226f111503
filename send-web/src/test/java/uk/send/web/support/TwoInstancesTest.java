package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import uk.send.SendApplication;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/**
 * Two instances of the service on one database, as behind a load balancer: a user signed in on one carries on
 * on the other, signing out on one ends the session on both, and a scheduled job that has just run on one is
 * skipped by the other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TwoInstancesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** The second instance: a whole application of its own on a port of its own, on the same database. */
    static ConfigurableApplicationContext second;

    /** The first instance: the test's own (shared) application context. */
    @Autowired
    ConfigurableApplicationContext first;

    @BeforeAll
    static void startTheSecondInstance() {
        second = new SpringApplicationBuilder(SendApplication.class)
                .properties(Map.of("server.port", "0", "spring.jmx.enabled", "false"))
                .run();
    }

    @AfterAll
    static void stopTheSecondInstance() {
        if (second != null) {
            second.close();
        }
    }

    @Test
    void a_user_signed_in_on_one_instance_carries_on_on_the_other_and_signs_out_of_both() throws Exception {
        AccountView commissioner = first.getBean(Fixtures.class).account(Role.COMMISSIONER, null, Set.of());
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();

        String form = browser.send(get(first, "/login"), HttpResponse.BodyHandlers.ofString()).body();
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(uri(first, "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(commissioner.email()) + "&password="
                        + enc(Fixtures.PASSWORD) + "&_csrf=" + enc(csrf(form)))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);

        HttpResponse<String> onTheOther = browser.send(get(second, "/commissioner"), HttpResponse.BodyHandlers.ofString());
        assertThat(onTheOther.statusCode()).isEqualTo(200);
        assertThat(onTheOther.body()).contains(commissioner.email());

        // sign out on the second instance, with the token its page rendered; the first no longer knows the session
        HttpResponse<String> signOut = browser.send(HttpRequest.newBuilder(uri(second, "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + enc(csrf(onTheOther.body())))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signOut.statusCode()).isEqualTo(302);
        HttpResponse<String> afterwards = browser.send(get(first, "/commissioner"), HttpResponse.BodyHandlers.ofString());
        assertThat(afterwards.statusCode()).isEqualTo(302);
        assertThat(afterwards.headers().firstValue("Location")).get().asString().contains("/login");
    }

    @Test
    void a_scheduled_job_that_ran_on_one_instance_is_skipped_on_the_other() {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);

        runScheduledJobs(first);
        List<Map<String, Object>> locks = jdbc.queryForList("select name, locked_at from shedlock order by name");
        assertThat(locks).extracting(row -> row.get("name")).containsExactly("family-reminders", "incomplete-event-retry", "notification-outbox",
                "plan-reviews-overdue", "session-cleanup", "sign-in-throttle-cleanup");

        runScheduledJobs(second);
        assertThat(jdbc.queryForList("select name, locked_at from shedlock order by name"))
                .as("the second instance found the rows still locked and did not run the jobs").isEqualTo(locks);
        assertThat(locks).allSatisfy(row -> assertThat(row.get("locked_at")).isInstanceOf(Timestamp.class));
    }

    /** Runs every scheduled job of an instance now, through the same proxies the scheduler calls. */
    private static void runScheduledJobs(ConfigurableApplicationContext instance) {
        for (ScheduledTaskHolder holder : instance.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask task : holder.getScheduledTasks()) {
                task.getTask().getRunnable().run();
            }
        }
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).isTrue();
        return token.group(1);
    }

    private static HttpRequest get(ConfigurableApplicationContext instance, String path) {
        return HttpRequest.newBuilder(uri(instance, path)).build();
    }

    private static URI uri(ConfigurableApplicationContext instance, String path) {
        int port = ((WebServerApplicationContext) instance).getWebServer().getPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
