package uk.send.funding.topup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRowMigration;
import uk.send.domain.children.MigrationChild;
import uk.send.domain.children.MigrationProblem;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;

/**
 * Brings top-up awards across from the system the council is leaving, checked whole before anything is written and
 * written in the caller's transaction, a thousand awards a statement: each award as a panel approval leaves it (the
 * band's name, the annual value, the period, its cost in each financial year it spans), and that cost taken from
 * the footprint's top-up budget for each of those years, exactly as an approval takes it.
 *
 * <p>The budget rule: an approval is refused when it would take a footprint over its budget for a year; so is a
 * migrated award, as a problem of its row. The file's awards are taken in file order; a row is refused when, for
 * any financial year it spans, the footprint (its setting's) has no budget set, or its cost in that year is more
 * than what remains of the budget after the awards already made and the file's earlier rows that fit. A refused
 * row's cost is not counted, so the report names every row that does not fit after those before it.
 */
@Component
class AwardMigration extends ChildRowMigration<MigratedAward, AwardMigration.Row> {

    private final ReferenceData reference;
    private final Clock clock;

    AwardMigration(JdbcTemplate jdbc, ChildDirectory children, ReferenceData reference, Clock clock) {
        super(jdbc, children);
        this.reference = reference;
        this.clock = clock;
    }

    /** A row to write: the award with its child, and, once compared, its footprint, band and costs by year. */
    record Row(MigratedAward award, MigrationChild child, long footprintId, long bandId, long annualValuePence,
               SortedMap<FinancialYear, Long> costs) {

        Row(MigratedAward award, MigrationChild child) {
            this(award, child, 0, 0, 0, null);
        }
    }

    /** An award the service already has, as far as the natural key and its values go. */
    private record Existing(LocalDate startsOn, LocalDate endsOn, long settingId, long bandId, long annualValuePence,
                            LocalDate reviewOn) {
    }

    @Override
    protected String childRepeated() {
        return null; // a child may have several awards, one after another
    }

    @Override
    protected Row accept(MigratedAward row, MigrationChild child, List<MigrationProblem> problems) {
        if (row.startsOn().isBefore(child.dateOfBirth())) {
            problems.add(new MigrationProblem(row.row(), "start_date", "award.startsBeforeBirth"));
            return null;
        }
        return new Row(row, child);
    }

    @Override
    protected int compare(List<Row> found, List<Row> toAdd, List<MigrationProblem> problems) {
        Map<String, long[]> bands = bands();
        Map<Long, SettingView> settings = new HashMap<>();
        reference.allSettings().forEach(s -> settings.put(s.id(), s));
        Map<Long, List<Existing>> existing = existing(found.stream().map(r -> r.child().id()).distinct().toList());
        Map<Long, List<MigratedAward>> inFile = new HashMap<>();
        Map<String, long[]> budgets = budgets();
        int unchanged = 0;
        for (Row row : found) {
            MigratedAward a = row.award();
            long[] band = bands.get(a.band().strip().toLowerCase(Locale.ROOT));
            if (band == null) {
                problems.add(new MigrationProblem(a.row(), "band", "award.bandUnknown"));
                continue;
            }
            long value = a.annualValuePence() != null ? a.annualValuePence() : band[1];
            List<Existing> theirs = existing.getOrDefault(row.child().id(), List.of());
            Existing same = theirs.stream().filter(e -> e.startsOn().equals(a.startsOn())).findFirst().orElse(null);
            if (same != null) {
                if (same.endsOn().equals(a.endsOn()) && same.settingId() == a.settingId() && same.bandId() == band[0]
                        && same.annualValuePence() == value && same.reviewOn().equals(a.reviewOn())) {
                    unchanged++;
                } else {
                    problems.add(new MigrationProblem(a.row(), "start_date", "award.differs"));
                }
                continue;
            }
            if (theirs.stream().anyMatch(e -> overlap(e.startsOn(), e.endsOn(), a))) {
                problems.add(new MigrationProblem(a.row(), "start_date", "award.overlaps"));
                continue;
            }
            List<MigratedAward> earlier = inFile.computeIfAbsent(row.child().id(), k -> new ArrayList<>());
            if (earlier.stream().anyMatch(e -> overlap(e.startsOn(), e.endsOn(), a))) {
                problems.add(new MigrationProblem(a.row(), "start_date", "award.overlapsInFile"));
                continue;
            }
            earlier.add(a);
            long footprintId = settings.get(a.settingId()).footprintId();
            SortedMap<FinancialYear, Long> costs = ProRata.costByYear(value, a.startsOn(), a.endsOn());
            String refused = null;
            for (Map.Entry<FinancialYear, Long> cost : costs.entrySet()) {
                long[] budget = budgets.get(footprintId + ":" + cost.getKey().startYear());
                if (budget == null) {
                    refused = "award.noBudget";
                    break;
                }
                if (cost.getValue() > budget[0] - budget[1]) {
                    refused = "award.overBudget";
                    break;
                }
            }
            if (refused != null) {
                problems.add(new MigrationProblem(a.row(), refused.equals("award.noBudget") ? "start_date"
                        : a.annualValuePence() != null ? "annual_value_pence" : "band", refused));
                continue;
            }
            costs.forEach((year, pence) -> budgets.get(footprintId + ":" + year.startYear())[1] += pence);
            toAdd.add(new Row(a, row.child(), footprintId, band[0], value, costs));
        }
        return unchanged;
    }

    private static boolean overlap(LocalDate startsOn, LocalDate endsOn, MigratedAward a) {
        return !a.startsOn().isAfter(endsOn) && !a.endsOn().isBefore(startsOn);
    }

    /** Every band (in use or not: an old award may be in a band since retired) by its name in lower case: {id, value}. */
    private Map<String, long[]> bands() {
        Map<String, long[]> bands = new HashMap<>();
        jdbc.query("select id, name, annual_value_pence from funding_band", rs -> {
            bands.put(rs.getString(2).strip().toLowerCase(Locale.ROOT), new long[] {rs.getLong(1), rs.getLong(3)});
        });
        return bands;
    }

    /** Every footprint's budget by "footprint:year": {budget, allocated}. Read under the lock of {@link #lockBudgets}. */
    private Map<String, long[]> budgets() {
        Map<String, long[]> budgets = new HashMap<>();
        jdbc.query("select footprint_id, financial_year, top_up_budget_pence, top_up_allocated_pence from footprint_budget",
                rs -> {
                    budgets.put(rs.getLong(1) + ":" + rs.getInt(2), new long[] {rs.getLong(3), rs.getLong(4)});
                });
        return budgets;
    }

    /**
     * Locks every footprint's budget rows until the transaction ends, in the order approvals lock them (footprint,
     * then year), so that what the check reads of them is what the import adds to.
     */
    void lockBudgets() {
        jdbc.queryForList("select id from footprint_budget order by footprint_id, financial_year for update", Long.class);
    }

    private Map<Long, List<Existing>> existing(List<Long> childIds) {
        Map<Long, List<Existing>> found = new HashMap<>();
        lookUp(childIds, (connection, slice) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select child_id, starts_on, ends_on, setting_id, band_id, annual_value_pence, review_on
                    from top_up_award where child_id = any(?::bigint[])""")) {
                statement.setArray(1, connection.createArrayOf("bigint", slice.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        found.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Existing(
                                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getLong(4),
                                rs.getLong(5), rs.getLong(6), rs.getObject(7, LocalDate.class)));
                    }
                }
            }
        });
        return found;
    }

    /**
     * Writes the awards checked ({@link #check}, none refused), calling {@code progress} after each batch; then
     * takes their costs from the budgets, one statement for every footprint and year. An award that ended before
     * today is recorded as ended (reviewed on its last day); one still running is in force, for the panel to review.
     */
    AwardMigrationResult write(Checked<Row> checked, Viewer actor, long importId, IntConsumer progress) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Long> allocated = new TreeMap<>();
        writeBatches(checked, progress, (connection, batch) -> {
            writeBatch(connection, batch, actor.email(), importId, today);
            for (Row row : batch) {
                row.costs().forEach((year, pence) -> allocated.merge(row.footprintId() + ":" + year.startYear(), pence,
                        Long::sum));
            }
        });
        int n = allocated.size();
        Long[] footprints = new Long[n];
        Integer[] years = new Integer[n];
        Long[] pence = new Long[n];
        int i = 0;
        for (Map.Entry<String, Long> e : allocated.entrySet()) {
            String[] key = e.getKey().split(":");
            footprints[i] = Long.parseLong(key[0]);
            years[i] = Integer.parseInt(key[1]);
            pence[i++] = e.getValue();
        }
        if (n > 0) {
            jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement update = connection.prepareStatement("""
                        update footprint_budget b
                        set top_up_allocated_pence = b.top_up_allocated_pence + t.pence, version = b.version + 1
                        from unnest(?::bigint[], ?::integer[], ?::bigint[]) as t(footprint_id, financial_year, pence)
                        where b.footprint_id = t.footprint_id and b.financial_year = t.financial_year""")) {
                    update.setArray(1, connection.createArrayOf("bigint", footprints));
                    update.setArray(2, connection.createArrayOf("integer", years));
                    update.setArray(3, connection.createArrayOf("bigint", pence));
                    return update.executeUpdate();
                }
            });
        }
        return new AwardMigrationResult(checked.toAdd().size(), checked.unchanged());
    }

    private static void writeBatch(Connection connection, List<Row> batch, String by, long importId, LocalDate today)
            throws SQLException {
        int n = batch.size();
        Long[] childIds = new Long[n];
        Long[] settings = new Long[n];
        Long[] footprints = new Long[n];
        Long[] bandIds = new Long[n];
        Long[] values = new Long[n];
        String[] starts = new String[n];
        String[] ends = new String[n];
        String[] reviews = new String[n];
        String[] statuses = new String[n];
        String[] reviewedOn = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = batch.get(i);
            MigratedAward a = row.award();
            childIds[i] = row.child().id();
            settings[i] = a.settingId();
            footprints[i] = row.footprintId();
            bandIds[i] = row.bandId();
            values[i] = row.annualValuePence();
            starts[i] = a.startsOn().toString();
            ends[i] = a.endsOn().toString();
            reviews[i] = a.reviewOn().toString();
            boolean ended = a.endsOn().isBefore(today);
            statuses[i] = ended ? AwardStatus.ENDED.name() : AwardStatus.ACTIVE.name();
            reviewedOn[i] = ended ? a.endsOn().toString() : null;
        }
        Map<String, Long> awardIds = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into top_up_award (migrated_by_import_id, child_id, setting_id, footprint_id, band_id, band_name,
                                          annual_value_pence, starts_on, ends_on, review_on, status, approved_on,
                                          approved_by, reviewed_on, reviewed_by)
                select ?::bigint, t.child_id, t.setting_id, t.footprint_id, t.band_id, b.name, t.value, t.starts_on,
                       t.ends_on, t.review_on, t.status, ?::date, ?::text, t.reviewed_on,
                       case when t.reviewed_on is null then null else ?::text end
                from unnest(?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::bigint[], ?::date[], ?::date[],
                            ?::date[], ?::text[], ?::date[])
                     as t(child_id, setting_id, footprint_id, band_id, value, starts_on, ends_on, review_on, status,
                          reviewed_on)
                join funding_band b on b.id = t.band_id
                returning child_id, starts_on, id""")) {
            int p = 1;
            insert.setLong(p++, importId);
            insert.setObject(p++, today);
            insert.setString(p++, by);
            insert.setString(p++, by);
            insert.setArray(p++, connection.createArrayOf("bigint", childIds));
            insert.setArray(p++, connection.createArrayOf("bigint", settings));
            insert.setArray(p++, connection.createArrayOf("bigint", footprints));
            insert.setArray(p++, connection.createArrayOf("bigint", bandIds));
            insert.setArray(p++, connection.createArrayOf("bigint", values));
            insert.setArray(p++, connection.createArrayOf("text", starts));
            insert.setArray(p++, connection.createArrayOf("text", ends));
            insert.setArray(p++, connection.createArrayOf("text", reviews));
            insert.setArray(p++, connection.createArrayOf("text", statuses));
            insert.setArray(p, connection.createArrayOf("text", reviewedOn));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    awardIds.put(rs.getLong(1) + ":" + rs.getObject(2, LocalDate.class), rs.getLong(3));
                }
            }
        }
        List<Long> costAward = new ArrayList<>();
        List<Integer> costYear = new ArrayList<>();
        List<Long> costPence = new ArrayList<>();
        for (Row row : batch) {
            long awardId = awardIds.get(row.child().id() + ":" + row.award().startsOn());
            row.costs().forEach((year, pence) -> {
                costAward.add(awardId);
                costYear.add(year.startYear());
                costPence.add(pence);
            });
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into top_up_award_cost (award_id, financial_year, cost_pence)
                select * from unnest(?::bigint[], ?::integer[], ?::bigint[])""")) {
            insert.setArray(1, connection.createArrayOf("bigint", costAward.toArray()));
            insert.setArray(2, connection.createArrayOf("integer", costYear.toArray()));
            insert.setArray(3, connection.createArrayOf("bigint", costPence.toArray()));
            insert.executeUpdate();
        }
    }
}
