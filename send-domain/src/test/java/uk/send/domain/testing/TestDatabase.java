package uk.send.domain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * The one database bootstrap every test in every module shares. Each test JVM gets its own, freshly
 * created database, dropped when the JVM ends:
 * <ul>
 * <li>with {@code SEND_TEST_DATABASE_URL} (plus optional {@code _USERNAME}/{@code _PASSWORD}), on that
 * PostgreSQL server;</li>
 * <li>otherwise, where a Docker engine answers, on Testcontainers' PostgreSQL ({@value #CONTAINER_IMAGE}, the
 * major version production runs: docker-compose.yml);</li>
 * <li>otherwise on an embedded PostgreSQL (real binaries from Maven Central), so a fresh machine needs
 * no server and no Docker.</li>
 * </ul>
 * {@code SEND_TEST_DATABASE=server|testcontainers|embedded} makes the choice explicit; an explicit choice that
 * cannot be had fails loudly rather than falling back. The choice is printed once, so a CI log says which ran.
 */
public final class TestDatabase {

    /** Where tests connect. */
    public record Coordinates(String url, String username, String password) {
        @Override
        public String toString() {
            return "Coordinates[url=" + url + "]";
        }
    }

    /** The image the container runs: the same major version as production (docker-compose.yml). */
    public static final String CONTAINER_IMAGE = "postgres:18";

    /** Where the tests' database comes from. */
    public enum Source {
        SERVER, TESTCONTAINERS, EMBEDDED
    }

    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = create();
        }
        return coordinates;
    }

    /**
     * Which database the tests get, from the environment and whether a Docker engine answers (asked only when
     * neither an explicit choice nor a server URL decides it).
     */
    static Source choose(Map<String, String> env, BooleanSupplier dockerAnswers) {
        String explicit = env.getOrDefault("SEND_TEST_DATABASE", "").trim();
        boolean serverGiven = !env.getOrDefault("SEND_TEST_DATABASE_URL", "").isBlank();
        if (!explicit.isEmpty()) {
            Source source;
            try {
                source = Source.valueOf(explicit.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("SEND_TEST_DATABASE must be server, testcontainers or embedded, not '"
                        + explicit + "'");
            }
            if (source == Source.SERVER && !serverGiven) {
                throw new IllegalStateException("SEND_TEST_DATABASE=server needs SEND_TEST_DATABASE_URL");
            }
            if (source == Source.TESTCONTAINERS && !dockerAnswers.getAsBoolean()) {
                throw new IllegalStateException("SEND_TEST_DATABASE=testcontainers but no Docker engine answers");
            }
            return source;
        }
        if (serverGiven) {
            return Source.SERVER;
        }
        return dockerAnswers.getAsBoolean() ? Source.TESTCONTAINERS : Source.EMBEDDED;
    }

    /**
     * Whether a Docker engine answers. Testcontainers is asked only where one could exist (DOCKER_HOST, a socket,
     * a Testcontainers configuration), so a machine without Docker never waits for it; any failure means no.
     */
    static boolean dockerAnswers(Map<String, String> env, Path home) {
        boolean couldExist = !env.getOrDefault("DOCKER_HOST", "").isBlank()
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(home.resolve(".docker/run/docker.sock"))
                || Files.exists(home.resolve(".testcontainers.properties"));
        if (!couldExist) {
            return false;
        }
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static Coordinates create() {
        String name = "send_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        Map<String, String> env = System.getenv();
        Source source = choose(env, () -> dockerAnswers(env, Path.of(System.getProperty("user.home"))));
        System.out.println("Test database: " + switch (source) {
            case SERVER -> "the server at SEND_TEST_DATABASE_URL";
            case TESTCONTAINERS -> "Testcontainers' " + CONTAINER_IMAGE;
            case EMBEDDED -> "embedded PostgreSQL (no SEND_TEST_DATABASE_URL, no Docker engine)";
        });
        if (source == Source.TESTCONTAINERS) {
            return inContainer(name);
        }
        String serverUrl = env.get("SEND_TEST_DATABASE_URL");
        if (source == Source.SERVER) {
            String user = envOr("SEND_TEST_DATABASE_USERNAME", "postgres");
            String password = envOr("SEND_TEST_DATABASE_PASSWORD", "");
            execute(serverUrl, user, password, "create database " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() ->
                    execute(serverUrl, user, password, "drop database if exists " + name + " with (force)")));
            return new Coordinates(withDatabase(serverUrl, name), user, password);
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .start();
            String adminUrl = postgres.getJdbcUrl("postgres", "postgres");
            execute(adminUrl, "postgres", "", "create database " + name);
            // the embedded server (and its data) goes when the JVM ends: zonky registers the shutdown hook
            return new Coordinates(postgres.getJdbcUrl("postgres", name), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL for the tests", e);
        }
    }

    /** PostgreSQL in a container; Testcontainers' Ryuk removes it when the JVM ends. */
    private static Coordinates inContainer(String name) {
        var postgres = new org.testcontainers.postgresql.PostgreSQLContainer(CONTAINER_IMAGE)
                .withCommand("postgres", "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                        "-c", "max_connections=100");
        postgres.start();
        execute(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), "create database " + name);
        return new Coordinates(withDatabase(postgres.getJdbcUrl(), name), postgres.getUsername(), postgres.getPassword());
    }

    /** Replaces the database name in a JDBC URL, keeping any parameters. */
    static String withDatabase(String jdbcUrl, String database) {
        int query = jdbcUrl.indexOf('?');
        String base = query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
        String params = query < 0 ? "" : jdbcUrl.substring(query);
        int slash = base.lastIndexOf('/');
        if (slash <= "jdbc:postgresql://".length() - 1) {
            return base + "/" + database + params;
        }
        return base.substring(0, slash + 1) + database + params;
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database setup failed: " + e.getMessage(), e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
