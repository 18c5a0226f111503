package uk.send.web.generator;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import uk.send.domain.audit.AuditAction;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingType;
import uk.send.domain.support.TimeConfiguration;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * One run of the generator: the scale, the seed, the day it is generated for, the connection, and what the areas
 * have written so far that later areas need (footprints, settings, accounts, children, cases). Ids are assigned
 * here, one counter a table, so that the same seed gives the same rows with the same ids.
 */
final class Generation {

    /** Every synthetic account signs in with this password (as the demo accounts do). */
    static final String PASSWORD = "send-demo-2026";

    /** Accounts' e-mail domain: not a real one. */
    static final String DOMAIN = "gen.send";

    record Footprint(long id, String code, String name) {
    }

    record Setting(long id, String urn, String name, SettingType type, Phase phase, int footprint) {
    }

    /**
     * A child as later areas need them: where they live and go to school, their provision (E, K or N), and for a
     * child with an EHC plan whether it was issued recently (after an assessment this generator writes) or, if not,
     * when.
     */
    record Child(long id, int footprint, int setting, LocalDate bornOn, char provision, NeedCode primaryNeed,
                 boolean recentPlan, LocalDate planIssuedOn) {
    }

    /** A needs assessment that reached the decision to issue a plan: what its plan needs. */
    record PlanFacts(long assessmentId, int child, LocalDate decidedToIssueOn, LocalDate draftOn, LocalDate finalOn,
                     Long namedSettingId, String adviceLines, String by) {
    }

    /** A footprint's staff. */
    record Staff(long caseworkerId, String caseworker, long panelId, long adviserId, String adviser) {
    }

    final Scale scale;
    final long seed;
    final LocalDate today;
    final String passwordHash;
    final StatutoryCalendar calendar = new StatutoryCalendar();

    final List<Footprint> footprints = new ArrayList<>();
    final List<Setting> settings = new ArrayList<>();
    final List<Staff> staff = new ArrayList<>();
    Child[] children = new Child[0];
    final List<PlanFacts> casesWithPlans = new ArrayList<>();
    long adminId;
    String admin;

    private final Connection connection;
    private final CopyManager copy;
    private final Map<String, Long> lastIds = new HashMap<>();
    private final List<CopyTable> pending = new ArrayList<>();
    private final CopyTable audit;
    private final Map<String, long[]> loaded = new LinkedHashMap<>();

    Generation(Scale scale, long seed, LocalDate today, String passwordHash, Connection connection) throws SQLException {
        this.scale = scale;
        this.seed = seed;
        this.today = today;
        this.passwordHash = passwordHash;
        this.connection = connection;
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        this.audit = new CopyTable("audit_event", "occurred_at, actor_id, actor, action, entity_type, entity_id, detail");
    }

    /** A random stream of an area's own: adding draws in one area never changes another's data. */
    SplittableRandom random(String area) {
        return new SplittableRandom(seed * 1_000_003L + area.hashCode());
    }

    /** The next id of a table (1, 2, …). */
    long nextId(String table) {
        return lastIds.merge(table, 1L, Long::sum);
    }

    /** A table to write rows to, loaded when the current area ends. */
    CopyTable table(String table, String columns) {
        CopyTable t = new CopyTable(table, columns);
        pending.add(t);
        return t;
    }

    /** An audit row, as {@code AuditLog} writes it; loaded at the end. */
    void audit(Instant at, Long actorId, String actor, AuditAction action, String entityType, Long entityId, String detail) {
        audit.add(at).add(actorId).add(actor).add(action.name()).add(entityType)
                .add(entityId == null ? null : entityId.toString()).add(detail).end();
    }

    /** A moment on that London day (the aggregate records steps at the time they are taken). */
    static Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(TimeConfiguration.LONDON).toInstant();
    }

    /** Loads the tables the area asked for, then commits. */
    void loadPending() throws SQLException, IOException {
        try {
            for (CopyTable t : pending) {
                long started = System.nanoTime();
                long rows = t.load(copy);
                long[] sofar = loaded.computeIfAbsent(t.table(), k -> new long[2]);
                sofar[0] += rows;
                sofar[1] += System.nanoTime() - started;
            }
            connection.commit();
        } finally {
            pending.forEach(CopyTable::discard);
            pending.clear();
        }
    }

    /** Loads the audit rows (last: nothing refers to them). */
    void loadAudit() throws SQLException, IOException {
        pending.add(audit);
        loadPending();
    }

    void discardAll() {
        pending.forEach(CopyTable::discard);
        audit.discard();
    }

    /** Rows loaded per table, and the nanoseconds COPY took for them. */
    Map<String, long[]> loaded() {
        return loaded;
    }

    /** Tables given ids here, so that their identity sequences can be moved past them. */
    Map<String, Long> lastIds() {
        return lastIds;
    }
}
