package uk.send.domain.retention;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;

/**
 * The retention schedule and its report, for administrators: each record type's period (the council's default
 * until an administrator changes it, each change audited), how many records of each type are past it today
 * (counted in SQL, one statement for all types), and those records a page at a time. It never deletes: what
 * to do with a record past retention is the council's decision, outside the service.
 */
@Service
public class Retention {

    private static final String KEY = "[A-Z][A-Z_]{0,39}";
    private static final String ENTITY = "RETENTION_PERIOD";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final List<RetentionRecordType> types;
    private final Map<String, RetentionRecordType> byKey;

    Retention(JdbcClient jdbc, AuditLog audit, Clock clock, List<RetentionRecordType> types) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.types = types.stream().sorted(Comparator.comparingInt(RetentionRecordType::order)
                .thenComparing(RetentionRecordType::key)).toList();
        Set<String> keys = new HashSet<>();
        for (RetentionRecordType t : this.types) {
            if (!t.key().matches(KEY) || !keys.add(t.key())) {
                throw new IllegalArgumentException("A retention record type's key is unique, capitals and underscores: " + t.key());
            }
        }
        this.byKey = this.types.stream().collect(Collectors.toMap(RetentionRecordType::key, Function.identity()));
    }

    /** A record type with the period in force, and who last changed it (none while it is the default). */
    public record Rule(RetentionRecordType type, RetentionPeriod period, Instant changedAt, String changedBy) {
        public String key() {
            return type.key();
        }

        public boolean isDefault() {
            return changedAt == null;
        }
    }

    /** A record type's rule with the day the report counts from and how many records are past retention. */
    public record Count(Rule rule, LocalDate cutoff, long count) {
    }

    /** One record past retention: its id, the day its retention started, the day the period ended. */
    public record PastRecord(long id, LocalDate startsOn, LocalDate endedOn, Long linkId) {
    }

    /** Every record type with its period, in the schedule's order. */
    public List<Rule> rules(Viewer viewer) {
        requireAdmin(viewer, null);
        Map<String, Rule> changed = jdbc.sql("select record_type, years, months, changed_at, changed_by from retention_period")
                .query((rs, n) -> byKey.containsKey(rs.getString(1))
                        ? new Rule(byKey.get(rs.getString(1)), new RetentionPeriod(rs.getInt(2), rs.getInt(3)),
                                rs.getTimestamp(4).toInstant(), rs.getString(5))
                        : null)
                .list().stream().filter(Objects::nonNull).collect(Collectors.toMap(Rule::key, Function.identity()));
        return types.stream().map(t -> changed.getOrDefault(t.key(), new Rule(t, t.defaultPeriod(), null, null))).toList();
    }

    /** One record type's rule; an unknown type is refused as not found. */
    public Rule rule(Viewer viewer, String key) {
        requireKnown(key);
        return rules(viewer).stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    /** Sets a record type's period (at least a month), audited with the period before and after. */
    @Transactional
    public Rule change(Viewer viewer, String key, RetentionPeriod period) {
        requireAdmin(viewer, key);
        requireKnown(key);
        period.requireUsable();
        Rule before = rule(viewer, key);
        jdbc.sql("""
                insert into retention_period (record_type, years, months, changed_at, changed_by)
                values (:key, :years, :months, :now, :by)
                on conflict (record_type) do update set years = excluded.years, months = excluded.months,
                    changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
                .param("key", key).param("years", period.years()).param("months", period.months())
                .param("now", Timestamp.from(clock.instant())).param("by", viewer.email())
                .update();
        audit.record(viewer, AuditAction.RETENTION_PERIOD_CHANGED, ENTITY, key,
                describe(before.period()) + " to " + describe(period));
        return rule(viewer, key);
    }

    /** Every record type with how many of its records are past retention today: one SQL statement for all. */
    public List<Count> report(Viewer viewer) {
        List<Rule> rules = rules(viewer);
        if (rules.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> cutoffs = rules.stream()
                .map(r -> RetentionDates.cutoff(today, r.type().offsetYears(), r.period())).toList();
        String sql = IntStream.range(0, rules.size())
                .mapToObj(i -> "select " + i + " as position, count(*) as past from (" + rules.get(i).type().sql()
                        + ") r" + i + " where r" + i + ".starts_on <= :cutoff" + i)
                .collect(Collectors.joining("\nunion all\n"));
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (int i = 0; i < rules.size(); i++) {
            statement = statement.param("cutoff" + i, cutoffs.get(i));
        }
        long[] counts = new long[rules.size()];
        statement.query(rs -> {
            counts[rs.getInt(1)] = rs.getLong(2);
        });
        return IntStream.range(0, rules.size()).mapToObj(i -> new Count(rules.get(i), cutoffs.get(i), counts[i])).toList();
    }

    /** One record type's records past retention today, oldest first, a page at a time (paged in SQL). */
    public Page<PastRecord> pastRetention(Viewer viewer, String key, Pageable page) {
        Rule rule = rule(viewer, key);
        LocalDate cutoff = RetentionDates.cutoff(LocalDate.now(clock), rule.type().offsetYears(), rule.period());
        String from = "from (" + rule.type().sql() + ") r where r.starts_on <= :cutoff";
        long total = jdbc.sql("select count(*) " + from).param("cutoff", cutoff).query(Long.class).single();
        List<PastRecord> rows = jdbc.sql("select r.id, r.starts_on, r.link_id " + from
                        + " order by r.starts_on, r.id limit :limit offset :offset")
                .param("cutoff", cutoff).param("limit", page.getPageSize()).param("offset", page.getOffset())
                .query((rs, n) -> {
                    LocalDate starts = rs.getObject(2, LocalDate.class);
                    long link = rs.getLong(3);
                    return new PastRecord(rs.getLong(1), starts,
                            RetentionDates.endOf(starts, rule.type().offsetYears(), rule.period()),
                            rs.wasNull() ? null : link);
                })
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /** A period in words for the audit trail, such as "6 years 0 months". */
    static String describe(RetentionPeriod period) {
        return period.years() + " years " + period.months() + " months";
    }

    private void requireKnown(String key) {
        if (key == null || !byKey.containsKey(key)) {
            throw new NoSuchElementException("No retention record type " + key);
        }
    }

    private void requireAdmin(Viewer viewer, String key) {
        if (viewer.role() != Role.ADMIN) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, key, "retention");
            throw new NotInScopeException(ENTITY);
        }
    }
}
