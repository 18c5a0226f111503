package uk.send.pathway.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRowMigration;
import uk.send.domain.children.MigrationChild;
import uk.send.domain.children.MigrationProblem;
import uk.send.domain.children.ProvisionChange;
import uk.send.domain.reference.SenProvision;

/**
 * Brings pupils' SEN Support across, checked whole before anything is written and written in the caller's
 * transaction, a thousand records a statement, each as {@link SenSupport#add} would leave it, with the event it
 * would raise ({@link AddedToSenSupport}), so that the census provision K follows.
 */
@Component
class SupportMigration extends ChildRowMigration<MigratedSupport, SupportMigration.Row> {

    private final ApplicationEventPublisher events;

    SupportMigration(JdbcTemplate jdbc, ChildDirectory children, ApplicationEventPublisher events) {
        super(jdbc, children);
        this.events = events;
    }

    record Row(MigratedSupport support, MigrationChild child, long settingId) {
    }

    /*
     * The problems only the database can see: a child named by no record (or by a reference and a UPN of two
     * different children), a child named twice, added before they were born, no setting given and none on roll,
     * a child with an EHC plan in force (they are E, not K), or already at SEN Support from another date. A record
     * already kept (same child, same date added) is left as it is.
     */

    @Override
    protected String childRepeated() {
        return "support.childRepeated";
    }

    @Override
    protected Row accept(MigratedSupport row, MigrationChild child, List<MigrationProblem> problems) {
        if (row.addedOn().isBefore(child.dateOfBirth())) {
            problems.add(new MigrationProblem(row.row(), "date_added", "support.addedBeforeBirth"));
            return null;
        }
        Long setting = row.settingId() != null ? row.settingId() : child.settingId();
        if (setting == null) {
            problems.add(new MigrationProblem(row.row(), "setting_urn", "support.noSetting"));
            return null;
        }
        return new Row(row, child, setting);
    }

    @Override
    protected int compare(List<Row> found, List<Row> toAdd, List<MigrationProblem> problems) {
        Map<Long, Existing> existing = existing(found.stream().map(r -> r.child().id()).toList());
        int unchanged = 0;
        for (Row row : found) {
            Existing e = existing.get(row.child().id());
            if (e != null && e.addedOn().contains(row.support().addedOn())) {
                unchanged++;
            } else if (e != null && e.planInForce()) {
                problems.add(new MigrationProblem(row.support().row(), row.support().childColumn(),
                        "support.childHasPlan"));
            } else if (e != null && e.openSince() != null) {
                problems.add(new MigrationProblem(row.support().row(), "date_added", "support.childHasRecord"));
            } else {
                toAdd.add(row);
            }
        }
        return unchanged;
    }

    /** What a child has already: the days their SEN Support records began, the open one's, a plan in force. */
    private record Existing(List<LocalDate> addedOn, LocalDate openSince, boolean planInForce) {
    }

    private Map<Long, Existing> existing(List<Long> childIds) {
        Map<Long, Existing> found = new HashMap<>();
        lookUp(childIds, (connection, slice) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select c.id,
                           array(select r.added_on from sen_support_record r where r.child_id = c.id),
                           (select r.added_on from sen_support_record r
                            where r.child_id = c.id and r.removed_on is null),
                           exists (select 1 from ehc_plan p where p.child_id = c.id and p.ceased_on is null)
                    from unnest(?::bigint[]) as c(id)""")) {
                statement.setArray(1, connection.createArrayOf("bigint", slice.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        List<LocalDate> dates = new ArrayList<>();
                        for (java.sql.Date d : (java.sql.Date[]) rs.getArray(2).getArray()) {
                            dates.add(d.toLocalDate());
                        }
                        LocalDate open = rs.getObject(3, LocalDate.class);
                        boolean plan = rs.getBoolean(4);
                        if (!dates.isEmpty() || plan) {
                            found.put(rs.getLong(1), new Existing(dates, open, plan));
                        }
                    }
                }
            }
        });
        return found;
    }

    /** Writes the records checked ({@link #check}, none refused), calling {@code progress} after each batch. */
    SupportMigrationResult write(Checked<Row> checked, Viewer actor, IntConsumer progress) {
        List<ProvisionChange> provision = new ArrayList<>();
        List<AddedToSenSupport> raised = new ArrayList<>();
        writeBatches(checked, progress, (connection, batch) -> {
            writeBatch(connection, batch, actor.email());
            for (Row row : batch) {
                MigratedSupport s = row.support();
                raised.add(new AddedToSenSupport(row.child().id(), row.settingId(), s.primaryNeed(), s.secondaryNeed(),
                        s.addedOn()));
                provision.add(new ProvisionChange(row.child().id(), SenProvision.K, s.primaryNeed(), s.secondaryNeed()));
            }
        });
        children.recordMigratedProvision(provision, actor);
        raised.forEach(events::publishEvent);
        return new SupportMigrationResult(checked.toAdd().size(), checked.unchanged());
    }

    private static int writeBatch(Connection connection, List<Row> batch, String by) throws SQLException {
        int n = batch.size();
        Long[] childIds = new Long[n];
        Long[] settings = new Long[n];
        String[] primaries = new String[n];
        String[] secondaries = new String[n];
        String[] added = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = batch.get(i);
            childIds[i] = row.child().id();
            settings[i] = row.settingId();
            primaries[i] = row.support().primaryNeed().name();
            secondaries[i] = row.support().secondaryNeed() == null ? null : row.support().secondaryNeed().name();
            added[i] = row.support().addedOn().toString();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into sen_support_record (child_id, setting_id, primary_need, secondary_need, added_on, added_by)
                select t.child_id, t.setting_id, t.primary_need, t.secondary_need, t.added_on, ?
                from unnest(?::bigint[], ?::bigint[], ?::text[], ?::text[], ?::date[])
                     as t(child_id, setting_id, primary_need, secondary_need, added_on)""")) {
            insert.setString(1, by);
            insert.setArray(2, connection.createArrayOf("bigint", childIds));
            insert.setArray(3, connection.createArrayOf("bigint", settings));
            insert.setArray(4, connection.createArrayOf("text", primaries));
            insert.setArray(5, connection.createArrayOf("text", secondaries));
            insert.setArray(6, connection.createArrayOf("text", added));
            return insert.executeUpdate();
        }
    }
}
