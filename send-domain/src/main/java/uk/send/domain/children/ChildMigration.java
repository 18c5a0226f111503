package uk.send.domain.children;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.send.domain.reference.ReferenceData;

/**
 * Writes migrated children in batches: one statement per thousand children (an upsert on the migration
 * reference that touches only rows that differ) and one per thousand carers, all inside the caller's transaction.
 */
@Component
class ChildMigration {

    static final int BATCH = 1000;

    private static final String UPSERT = """
            insert into child (migration_reference, given_name, family_name, date_of_birth, upn, nhs_number,
                               home_postcode, home_footprint_id, setting_id)
            select * from unnest(?::text[], ?::text[], ?::text[], ?::date[], ?::text[], ?::text[], ?::text[],
                                 ?::bigint[], ?::bigint[])
            on conflict (migration_reference) do update set
                given_name = excluded.given_name, family_name = excluded.family_name,
                date_of_birth = excluded.date_of_birth, upn = excluded.upn, nhs_number = excluded.nhs_number,
                home_postcode = excluded.home_postcode, home_footprint_id = excluded.home_footprint_id,
                setting_id = excluded.setting_id, version = child.version + 1
            where (child.given_name, child.family_name, child.date_of_birth, child.upn, child.nhs_number,
                   child.home_postcode, child.home_footprint_id, child.setting_id)
                  is distinct from
                  (excluded.given_name, excluded.family_name, excluded.date_of_birth, excluded.upn, excluded.nhs_number,
                   excluded.home_postcode, excluded.home_footprint_id, excluded.setting_id)
            returning (xmax = 0) as inserted""";

    // a carer already on the child's record (same names) is kept as it is: corrections are made by hand
    private static final String CARERS = """
            insert into carer (child_id, given_name, family_name, relationship, parental_responsibility, email, phone,
                               address)
            select c.id, t.given, t.family, t.relationship, t.responsibility, t.email, t.phone, t.address
            from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[], ?::text[], ?::text[], ?::text[])
                 as t(reference, given, family, relationship, responsibility, email, phone, address)
            join child c on c.migration_reference = t.reference
            where not exists (select 1 from carer x where x.child_id = c.id
                              and lower(x.given_name) = lower(t.given) and lower(x.family_name) = lower(t.family))""";

    private final JdbcTemplate jdbc;
    private final ReferenceData reference;

    ChildMigration(JdbcTemplate jdbc, ReferenceData reference) {
        this.jdbc = jdbc;
        this.reference = reference;
    }

    /**
     * The problems only the database can see: a postcode in no footprint, a UPN or NHS number another child
     * already has, a reference given twice in the file (or twice a UPN or NHS number), a reference whose record
     * was merged into another.
     */
    List<MigrationProblem> check(List<MigratedChild> rows) {
        backgroundWork();
        List<MigrationProblem> problems = new ArrayList<>();
        Map<String, Long> prefixes = reference.footprintPrefixes();
        Set<String> references = new HashSet<>();
        Set<String> upns = new HashSet<>();
        Set<String> nhsNumbers = new HashSet<>();
        Map<String, String> upnOwners = owners("upn", rows.stream().filter(r -> r.upn() != null)
                .map(r -> r.upn().value()).toList());
        Map<String, String> nhsOwners = owners("nhs_number", rows.stream().filter(r -> r.nhsNumber() != null)
                .map(r -> r.nhsNumber().value()).toList());
        Set<String> merged = new HashSet<>(jdbc.queryForList(
                "select migration_reference from child where merged_into_id is not null and migration_reference is not null",
                String.class));
        for (MigratedChild row : rows) {
            if (!references.add(row.reference())) {
                problems.add(new MigrationProblem(row.row(), "reference", "reference.repeated"));
            }
            if (merged.contains(row.reference())) {
                problems.add(new MigrationProblem(row.row(), "reference", "reference.merged"));
            }
            if (ReferenceData.footprintOf(row.homePostcode().value(), prefixes).isEmpty()) {
                problems.add(new MigrationProblem(row.row(), "home_postcode", "postcode.noFootprint"));
            }
            if (row.upn() != null) {
                String upn = row.upn().value();
                if (!upns.add(upn)) {
                    problems.add(new MigrationProblem(row.row(), "upn", "upn.repeated"));
                } else if (upnOwners.containsKey(upn) && !row.reference().equals(upnOwners.get(upn))) {
                    problems.add(new MigrationProblem(row.row(), "upn", "upn.taken"));
                }
            }
            if (row.nhsNumber() != null) {
                String nhs = row.nhsNumber().value();
                if (!nhsNumbers.add(nhs)) {
                    problems.add(new MigrationProblem(row.row(), "nhs_number", "nhsNumber.repeated"));
                } else if (nhsOwners.containsKey(nhs) && !row.reference().equals(nhsOwners.get(nhs))) {
                    problems.add(new MigrationProblem(row.row(), "nhs_number", "nhsNumber.taken"));
                }
            }
        }
        return problems;
    }

    /** Which migration reference (or "" for a child recorded by hand) holds each of these identifiers. */
    private Map<String, String> owners(String column, List<String> values) {
        Map<String, String> owners = new HashMap<>();
        for (int from = 0; from < values.size(); from += BATCH * 10) {
            List<String> slice = values.subList(from, Math.min(values.size(), from + BATCH * 10));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement("select " + column
                        + ", coalesce(migration_reference, '') from child where " + column + " = any(?::text[])")) {
                    statement.setArray(1, connection.createArrayOf("text", slice.toArray()));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            owners.put(rs.getString(1), rs.getString(2));
                        }
                    }
                }
                return null;
            });
        }
        return owners;
    }

    /** Writes the children (checked first: {@link #check}), calling {@code progress} after each batch. */
    MigrationResult write(List<MigratedChild> rows, IntConsumer progress) {
        backgroundWork();
        Map<String, Long> prefixes = reference.footprintPrefixes();
        int added = 0;
        int changed = 0;
        int carers = 0;
        // counted once at the end (V30): row by row, one transaction's upserts of the same count rows grow quadratically
        jdbc.queryForObject("select set_config('send.child_count', 'deferred', true)", String.class);
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<MigratedChild> batch = rows.subList(from, Math.min(rows.size(), from + BATCH));
            int[] counts = jdbc.execute((ConnectionCallback<int[]>) connection -> writeBatch(connection, batch, prefixes));
            added += counts[0];
            changed += counts[1];
            carers += counts[2];
            progress.accept(from + batch.size());
        }
        jdbc.queryForObject("select set_config('send.child_count', '', true)", String.class);
        recount();
        // the planner's figures for the tables just filled: left to autovacuum, the next look-up by UPN of thousands
        // of children is planned for the few hundred rows there were and scans the table once per UPN
        jdbc.execute("analyze child");
        jdbc.execute("analyze carer");
        return new MigrationResult(added, changed, rows.size() - added - changed, carers);
    }

    /**
     * A migration runs in the background on a pooled connection, whose statements carry the pages' cap (10 s): this
     * transaction's statements may take up to five minutes instead, as a file of 50,000 rows may need.
     */
    private void backgroundWork() {
        jdbc.queryForObject("select set_config('statement_timeout', '300s', true)", String.class);
    }

    /** The live children with these references or UPNs (a merged record's reference answers with the one kept). */
    List<MigrationChild> children(java.util.Collection<String> references, java.util.Collection<String> upns) {
        List<String> refs = List.copyOf(references);
        List<String> upnList = List.copyOf(upns);
        List<MigrationChild> found = new ArrayList<>();
        int slices = Math.max(1, (Math.max(refs.size(), upnList.size()) + BATCH * 10 - 1) / (BATCH * 10));
        for (int s = 0; s < slices; s++) {
            List<String> r = refs.subList(Math.min(refs.size(), s * BATCH * 10), Math.min(refs.size(), (s + 1) * BATCH * 10));
            List<String> u = upnList.subList(Math.min(upnList.size(), s * BATCH * 10),
                    Math.min(upnList.size(), (s + 1) * BATCH * 10));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try (PreparedStatement statement = connection.prepareStatement("""
                        select k.id, c.migration_reference, k.upn, k.date_of_birth, k.setting_id
                        from child c join child k on k.id = coalesce(c.merged_into_id, c.id)
                        where k.merged_into_id is null
                          and (c.migration_reference = any(?::text[]) or c.upn = any(?::text[]))""")) {
                    statement.setArray(1, connection.createArrayOf("text", r.toArray()));
                    statement.setArray(2, connection.createArrayOf("text", u.toArray()));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            long id = rs.getLong(1);
                            Long setting = rs.getObject(5) == null ? null : rs.getLong(5);
                            // the reference the file used, so that a merged record's old reference still finds it
                            found.add(new MigrationChild(id,
                                    rs.getString(2), rs.getString(3), rs.getObject(4, java.time.LocalDate.class), setting));
                        }
                    }
                }
                return null;
            });
        }
        return found;
    }

    /** Writes census provision and needs, a batch a statement, only where they differ; recounts once at the end. */
    int recordProvision(List<ProvisionChange> changes) {
        int changed = 0;
        jdbc.queryForObject("select set_config('send.child_count', 'deferred', true)", String.class);
        for (int from = 0; from < changes.size(); from += BATCH) {
            List<ProvisionChange> batch = changes.subList(from, Math.min(changes.size(), from + BATCH));
            Long[] ids = new Long[batch.size()];
            String[] provisions = new String[batch.size()];
            String[] primaries = new String[batch.size()];
            String[] secondaries = new String[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                ProvisionChange c = batch.get(i);
                ids[i] = c.childId();
                provisions[i] = c.provision().code();
                primaries[i] = c.primaryNeed() == null ? null : c.primaryNeed().name();
                secondaries[i] = c.secondaryNeed() == null ? null : c.secondaryNeed().name();
            }
            changed += jdbc.execute((ConnectionCallback<Integer>) connection -> {
                try (PreparedStatement update = connection.prepareStatement("""
                        update child c set sen_provision = t.provision,
                               primary_need = coalesce(t.primary_need, c.primary_need),
                               secondary_need = case when t.primary_need is null then c.secondary_need
                                   else coalesce(t.secondary_need, nullif(c.secondary_need, t.primary_need)) end,
                               version = c.version + 1
                        from unnest(?::bigint[], ?::text[], ?::text[], ?::text[]) as t(id, provision, primary_need, secondary_need)
                        where c.id = t.id
                          and (c.sen_provision, c.primary_need, c.secondary_need) is distinct from
                              (t.provision, coalesce(t.primary_need, c.primary_need),
                               case when t.primary_need is null then c.secondary_need
                                   else coalesce(t.secondary_need, nullif(c.secondary_need, t.primary_need)) end)""")) {
                    update.setArray(1, array(connection, "bigint", ids));
                    update.setArray(2, array(connection, "text", provisions));
                    update.setArray(3, array(connection, "text", primaries));
                    update.setArray(4, array(connection, "text", secondaries));
                    return update.executeUpdate();
                }
            });
        }
        jdbc.queryForObject("select set_config('send.child_count', '', true)", String.class);
        recount();
        return changed;
    }

    /** The children per footprint, provision and need, counted afresh (V20's child_count), in this transaction. */
    private void recount() {
        jdbc.update("delete from child_count");
        jdbc.update("""
                insert into child_count (footprint_id, sen_provision, primary_need, children)
                select home_footprint_id, sen_provision, coalesce(primary_need, ''), count(*)
                from child where merged_into_id is null
                group by home_footprint_id, sen_provision, coalesce(primary_need, '')""");
    }

    private static int[] writeBatch(Connection connection, List<MigratedChild> batch, Map<String, Long> prefixes)
            throws SQLException {
        int n = batch.size();
        String[] references = new String[n];
        String[] given = new String[n];
        String[] family = new String[n];
        String[] born = new String[n];
        String[] upns = new String[n];
        String[] nhs = new String[n];
        String[] postcodes = new String[n];
        Long[] footprints = new Long[n];
        Long[] settings = new Long[n];
        String[] carerGiven = new String[n];
        String[] carerFamily = new String[n];
        String[] relationships = new String[n];
        Boolean[] responsibility = new Boolean[n];
        String[] emails = new String[n];
        String[] phones = new String[n];
        String[] addresses = new String[n];
        for (int i = 0; i < n; i++) {
            MigratedChild c = batch.get(i);
            references[i] = c.reference();
            given[i] = c.givenName();
            family[i] = c.familyName();
            born[i] = c.dateOfBirth().toString();
            upns[i] = c.upn() == null ? null : c.upn().value();
            nhs[i] = c.nhsNumber() == null ? null : c.nhsNumber().value();
            postcodes[i] = c.homePostcode().value();
            Optional<Long> footprint = ReferenceData.footprintOf(c.homePostcode().value(), prefixes);
            footprints[i] = footprint.orElseThrow(() -> new IllegalStateException("Row " + c.row() + " is in no footprint"));
            settings[i] = c.settingId();
            CarerDetails carer = c.carer();
            carerGiven[i] = carer.givenName();
            carerFamily[i] = carer.familyName();
            relationships[i] = carer.relationship().name();
            responsibility[i] = carer.parentalResponsibility();
            emails[i] = carer.email();
            phones[i] = carer.phone();
            addresses[i] = carer.address();
        }
        int added = 0;
        int changed = 0;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            Object[][] columns = {references, given, family, born, upns, nhs, postcodes};
            for (int i = 0; i < columns.length; i++) {
                upsert.setArray(i + 1, array(connection, "text", columns[i]));
            }
            upsert.setArray(8, array(connection, "bigint", footprints));
            upsert.setArray(9, array(connection, "bigint", settings));
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    if (rs.getBoolean(1)) {
                        added++;
                    } else {
                        changed++;
                    }
                }
            }
        }
        int carers;
        try (PreparedStatement insert = connection.prepareStatement(CARERS)) {
            Object[][] columns = {references, carerGiven, carerFamily, relationships};
            for (int i = 0; i < columns.length; i++) {
                insert.setArray(i + 1, array(connection, "text", columns[i]));
            }
            insert.setArray(5, array(connection, "boolean", responsibility));
            insert.setArray(6, array(connection, "text", emails));
            insert.setArray(7, array(connection, "text", phones));
            insert.setArray(8, array(connection, "text", addresses));
            carers = insert.executeUpdate();
        }
        return new int[] {added, changed, carers};
    }

    private static Array array(Connection connection, String type, Object[] values) throws SQLException {
        return connection.createArrayOf(type, values);
    }
}
