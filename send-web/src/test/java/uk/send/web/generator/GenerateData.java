package uk.send.web.generator;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCrypt;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

import uk.send.domain.support.TimeConfiguration;

/**
 * Fills an empty PostgreSQL database with synthetic data at a council's or the country's scale, for the benchmark
 * ({@code scripts/benchmark.sh}) and for trying the service at size. Run it with {@code scripts/generate-data.sh};
 * see docs/performance.md.
 *
 * <pre>
 *   --url jdbc:postgresql://host:5432/db   (required; the database must be empty or hold only the schema)
 *   --user postgres  --password ''        (or SEND_GEN_USER / SEND_GEN_PASSWORD)
 *   --scale la | large-la | national      (default la)
 *   --percent 1                           (a fraction of the scale; default 100)
 *   --seed 42                             (default 42)
 *   --today 2026-12-01                    (the day the data is generated for; default today in London)
 * </pre>
 *
 * The database is migrated with the application's own Flyway migrations first. The same seed, scale and day give
 * the same rows with the same ids. Rows go in with COPY, one area of the product after another ({@link #AREAS}).
 */
public final class GenerateData {

    /** In order: each area may use what the ones before it wrote. A new feature adds its area here. */
    static final List<Area> AREAS = List.of(new ReferenceArea(), new AccountsArea(), new ChildrenArea(),
            new AssessmentsArea(), new PlansArea(), new SupportArea());

    private GenerateData() {
    }

    /** What a run wrote: rows per table and the time it took. */
    public record Report(Scale scale, Map<String, long[]> tables, long rows, long millis, long databaseBytes) {

        public long rows(String table) {
            long[] t = tables.get(table);
            return t == null ? 0 : t[0];
        }

        public String text() {
            StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "%-26s %12s %12s%n", "table", "rows", "rows/s (COPY)"));
            tables.forEach((table, t) -> s.append(String.format(Locale.ROOT, "%-26s %,12d %,12d%n", table, t[0],
                    t[1] == 0 ? 0 : t[0] * 1_000_000_000L / t[1])));
            s.append(String.format(Locale.ROOT, "Generated %s: %,d rows in %.1f s (%,d rows/s overall), database %,d MB%n",
                    scale.name(), rows, millis / 1000.0, millis == 0 ? 0 : rows * 1000 / millis, databaseBytes >> 20));
            return s.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0 || List.of(args).contains("--help")) {
            System.out.println("Usage: scripts/generate-data.sh --url jdbc:postgresql://host:5432/db [--user postgres] "
                    + "[--password …] [--scale la|large-la|national] [--percent 100] [--seed 42] [--today yyyy-mm-dd]");
            return;
        }
        Map<String, String> options = options(args);
        String url = options.get("url");
        if (url == null) {
            System.err.println("--url jdbc:postgresql://… is required");
            System.exit(2);
        }
        String user = options.getOrDefault("user", envOr("SEND_GEN_USER", "postgres"));
        String password = options.getOrDefault("password", envOr("SEND_GEN_PASSWORD", ""));
        Scale scale = Scale.named(options.getOrDefault("scale", "la"))
                .percent(Double.parseDouble(options.getOrDefault("percent", "100")));
        long seed = Long.parseLong(options.getOrDefault("seed", "42"));
        LocalDate today = options.containsKey("today") ? LocalDate.parse(options.get("today"))
                : LocalDate.now(TimeConfiguration.LONDON);
        System.out.println(generate(url, user, password, scale, seed, today).text());
    }

    /** Migrates the database and fills it. Refuses a database that already holds data. */
    public static Report generate(String url, String user, String password, Scale scale, long seed, LocalDate today)
            throws Exception {
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            requireEmpty(c);
            c.setAutoCommit(false);
            deferChildCount(c);
            String hash = passwordHash(seed);
            Generation g = new Generation(scale, seed, today, hash, c);
            try {
                for (Area area : AREAS) {
                    long t = System.nanoTime();
                    area.generate(g);
                    g.loadPending();
                    System.out.printf(Locale.ROOT, "%-12s %6.1f s%n", area.name(), (System.nanoTime() - t) / 1e9);
                }
                g.loadAudit();
            } finally {
                g.discardAll();
            }
            moveSequences(c, g.lastIds());
            countChildren(c);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("vacuum analyze");
            }
            long rows = g.loaded().values().stream().mapToLong(t -> t[0]).sum();
            return new Report(scale, g.loaded(), rows, (System.nanoTime() - started) / 1_000_000, databaseSize(c));
        }
    }

    /**
     * V20's row trigger on {@code child} upserts the same few {@code child_count} rows for every child; inside one
     * COPY each upsert walks past every earlier version of its row, so the count grows with the square of the
     * children per row (at {@code national}, 2,037,000 children over some 5,000 count rows: about 400 children a
     * second and slowing). As the application's own bulk loads do (V30), the generator's session defers the count
     * and {@link #countChildren} counts once at the end.
     */
    private static void deferChildCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('send.child_count', 'deferred', false)");
        }
    }

    /** The per-footprint counts from the children loaded, as {@code ChildMigration.recount} writes them. */
    private static void countChildren(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("select set_config('send.child_count', '', false)");
            s.execute("delete from child_count");
            s.execute("""
                    insert into child_count (footprint_id, sen_provision, primary_need, children)
                    select home_footprint_id, sen_provision, coalesce(primary_need, ''), count(*)
                    from child where merged_into_id is null
                    group by home_footprint_id, sen_provision, coalesce(primary_need, '')""");
        }
    }

    /**
     * The one hash every account shares, in the form the application's encoder writes ({@code {bcrypt}…}) and with
     * a salt drawn from the seed, so that the same seed gives the same rows here too.
     */
    static String passwordHash(long seed) throws java.security.GeneralSecurityException {
        java.security.SecureRandom salt = java.security.SecureRandom.getInstance("SHA1PRNG");
        salt.setSeed(seed);
        String hash = "{bcrypt}" + BCrypt.hashpw(Generation.PASSWORD, BCrypt.gensalt(10, salt));
        if (!PasswordEncoderFactories.createDelegatingPasswordEncoder().matches(Generation.PASSWORD, hash)) {
            throw new IllegalStateException("The application would not accept the generated password hash");
        }
        return hash;
    }

    private static void requireEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select (select count(*) from footprint) + (select count(*) from app_user)")) {
            r.next();
            if (r.getLong(1) > 0) {
                throw new IllegalStateException("The database already holds data: the generator fills an empty one");
            }
        }
    }

    /** The tables' identity columns carry on after the generated ids, so the application can add rows. */
    private static void moveSequences(Connection c, Map<String, Long> lastIds) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("select setval(pg_get_serial_sequence(?, 'id'), ?)")) {
            for (Map.Entry<String, Long> e : lastIds.entrySet()) {
                p.setString(1, e.getKey());
                p.setLong(2, e.getValue());
                p.execute();
            }
        }
    }

    private static long databaseSize(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select pg_database_size(current_database())")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        List<String> rest = new ArrayList<>(List.of(args));
        for (int i = 0; i < rest.size(); i++) {
            String a = rest.get(i);
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument " + a);
            }
            int eq = a.indexOf('=');
            if (eq > 0) {
                options.put(a.substring(2, eq), a.substring(eq + 1));
            } else if (i + 1 < rest.size()) {
                options.put(a.substring(2), rest.get(++i));
            } else {
                throw new IllegalArgumentException(a + " needs a value");
            }
        }
        return options;
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
