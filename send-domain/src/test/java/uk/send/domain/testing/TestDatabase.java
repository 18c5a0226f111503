package uk.send.domain.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * The one database bootstrap every test in every module shares. Each test JVM gets its own, freshly
 * created database, dropped when the JVM ends:
 * <ul>
 * <li>with {@code SEND_TEST_DATABASE_URL} (plus optional {@code _USERNAME}/{@code _PASSWORD}), on that
 * PostgreSQL server;</li>
 * <li>otherwise on an embedded PostgreSQL (real binaries from Maven Central), so a fresh machine needs
 * no server.</li>
 * </ul>
 */
public final class TestDatabase {

    /** Where tests connect. */
    public record Coordinates(String url, String username, String password) {
        @Override
        public String toString() {
            return "Coordinates[url=" + url + "]";
        }
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

    private static Coordinates create() {
        String name = "send_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String serverUrl = System.getenv("SEND_TEST_DATABASE_URL");
        if (serverUrl != null && !serverUrl.isBlank()) {
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
