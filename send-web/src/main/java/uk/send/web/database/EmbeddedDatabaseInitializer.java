package uk.send.web.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the service without a database server: when no {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) is set, starts an embedded PostgreSQL (real binaries from Maven Central)
 * whose data directory persists under {@code ./data/postgres} across restarts, and loads the synthetic demo
 * data unless {@code send.demo-data=false}. With a URL set, it does nothing.
 */
public class EmbeddedDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String DATABASE = "send";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseInitializer.class);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment env = context.getEnvironment();
        String configured = env.getProperty("spring.datasource.url");
        if (configured != null && !configured.isBlank()) {
            return;
        }
        Path directory = Path.of(env.getProperty("send.embedded-database.directory", "data/postgres")).toAbsolutePath();
        int port = env.getProperty("send.embedded-database.port", Integer.class, 0);
        EmbeddedPostgres postgres = start(directory, port);
        createDatabaseIfMissing(postgres);
        log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);

        env.getPropertySources().addFirst(new MapPropertySource("sendEmbeddedDatabase", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", DATABASE),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                "send.embedded-database.active", "true")));
        // lowest precedence: demo data on by default here, but an explicit send.demo-data=false wins
        env.getPropertySources().addLast(new MapPropertySource("sendEmbeddedDefaults", Map.of("send.demo-data", "true")));

        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == context) {
                close(postgres);
            }
        });
    }

    private static EmbeddedPostgres start(Path directory, int port) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "50");
            if (port > 0) {
                builder.setPort(port);
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start embedded PostgreSQL in " + directory
                    + " (is another copy of the service running on the same data?)", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    c.createStatement().execute("create database " + DATABASE);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }

    private static void close(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly: {}", e.getMessage());
        }
    }
}
