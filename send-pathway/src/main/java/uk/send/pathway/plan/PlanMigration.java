package uk.send.pathway.plan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingView;

/**
 * Brings EHC plans across from the system the council is leaving, checked whole before anything is written and
 * written in the caller's transaction, a thousand plans a statement: the plan, its working copy and its final
 * version (and, for a plan that ceased, its ceased version), each as the aggregate would leave them, and the
 * events the aggregate would raise ({@link PlanFinalised}, {@link PlanReviewEvent.PlanCeased}), so that what
 * follows a plan (the census provision) follows a migrated one too.
 */
@Component
class PlanMigration extends ChildRowMigration<MigratedPlan, PlanMigration.Row> {

    private final ReferenceData reference;
    private final ReviewCycles cycles;
    private final ApplicationEventPublisher events;

    PlanMigration(JdbcTemplate jdbc, ChildDirectory children, ReferenceData reference, ReviewCycles cycles,
                  ApplicationEventPublisher events) {
        super(jdbc, children);
        this.reference = reference;
        this.cycles = cycles;
        this.events = events;
    }

    /** A row to write, with its child. */
    record Row(MigratedPlan plan, MigrationChild child) {
    }

    /*
     * The problems only the database can see: a child named by no record (or by a reference and a UPN of two
     * different children), a child named twice in the file, a plan issued before the child was born, a child who
     * already has a plan other than this one. A plan already recorded (same child, same first issue) is left.
     */

    @Override
    protected String childRepeated() {
        return "plan.childRepeated";
    }

    @Override
    protected Row accept(MigratedPlan row, MigrationChild child, List<MigrationProblem> problems) {
        if (row.issuedOn().isBefore(child.dateOfBirth())) {
            problems.add(new MigrationProblem(row.row(), "issue_date", "plan.issuedBeforeBirth"));
            return null;
        }
        return new Row(row, child);
    }

    @Override
    protected int compare(List<Row> found, List<Row> toAdd, List<MigrationProblem> problems) {
        Map<Long, List<LocalDate>> existing = existingPlans(found.stream().map(r -> r.child().id()).toList());
        int unchanged = 0;
        for (Row row : found) {
            List<LocalDate> plans = existing.getOrDefault(row.child().id(), List.of());
            if (plans.contains(row.plan().issuedOn())) {
                unchanged++;
            } else if (!plans.isEmpty()) {
                problems.add(new MigrationProblem(row.plan().row(), row.plan().childColumn(), "plan.childHasPlan"));
            } else {
                toAdd.add(row);
            }
        }
        return unchanged;
    }

    /** Each child's plans by the day each was first issued as final (a plan never issued: its start). */
    private Map<Long, List<LocalDate>> existingPlans(List<Long> childIds) {
        Map<Long, List<LocalDate>> plans = new HashMap<>();
        lookUp(childIds, (connection, slice) -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select p.child_id, coalesce((select min(v.issued_on) from plan_version v
                                                 where v.plan_id = p.id and v.kind = 'FINAL'),
                                                (p.created_at at time zone 'Europe/London')::date)
                    from ehc_plan p where p.child_id = any(?::bigint[])""")) {
                statement.setArray(1, connection.createArrayOf("bigint", slice.toArray()));
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        plans.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getObject(2, LocalDate.class));
                    }
                }
            }
        });
        return plans;
    }

    /** Writes the plans checked ({@link #check}, none refused), calling {@code progress} after each batch. */
    PlanMigrationResult write(Checked<Row> checked, Viewer actor, IntConsumer progress) {
        Map<Long, SettingView> settings = new HashMap<>();
        if (checked.problems().isEmpty()) {
            reference.allSettings().forEach(s -> settings.put(s.id(), s));
        }
        List<ProvisionChange> provision = new ArrayList<>();
        List<Object> raised = new ArrayList<>();
        writeBatches(checked, progress, (connection, batch) -> {
            Map<Long, Long> planIds = writeBatch(connection, batch, settings, actor.email());
            for (Row row : batch) {
                MigratedPlan p = row.plan();
                long planId = Objects.requireNonNull(planIds.get(row.child().id()));
                SettingView setting = settings.get(p.settingId());
                raised.add(new PlanFinalised(planId, row.child().id(), p.settingId(), setting.type(), p.issuedOn()));
                if (p.status() == MigratedPlan.Status.CEASED) {
                    raised.add(new PlanReviewEvent.PlanCeased(planId, row.child().id(), p.ceaseReason(), p.ceasedOn()));
                }
                provision.add(new ProvisionChange(row.child().id(), provisionAfter(p), p.primaryNeed(), null));
            }
        });
        // the census provision in this transaction (one statement a thousand children) and, as the aggregate
        // would, the events after which the census and whatever else follows a plan follow it (idempotent)
        children.recordMigratedProvision(provision, actor);
        raised.forEach(events::publishEvent);
        return new PlanMigrationResult(checked.toAdd().size(), checked.unchanged());
    }

    /** What a plan leaves the child's census provision as: E in force; once ceased, K or N (as the listener does). */
    static SenProvision provisionAfter(MigratedPlan plan) {
        if (plan.status() == MigratedPlan.Status.ACTIVE) {
            return SenProvision.E;
        }
        return plan.ceaseReason() == CeaseReason.NEEDS_MET_WITHOUT_PLAN ? SenProvision.K : SenProvision.N;
    }

    private Map<Long, Long> writeBatch(Connection connection, List<Row> batch, Map<Long, SettingView> settings,
                                       String by) throws SQLException {
        int n = batch.size();
        Long[] childIds = new Long[n];
        String[] ceasedOn = new String[n];
        String[] reasons = new String[n];
        String[] reviewDue = new String[n];
        for (int i = 0; i < n; i++) {
            Row row = batch.get(i);
            MigratedPlan p = row.plan();
            childIds[i] = row.child().id();
            if (p.status() == MigratedPlan.Status.CEASED) {
                ceasedOn[i] = p.ceasedOn().toString();
                reasons[i] = p.ceaseReason().name();
            } else {
                LocalDate from = p.lastReviewOn() == null ? p.issuedOn() : p.lastReviewOn();
                reviewDue[i] = cycles.forBirth(row.child().dateOfBirth()).nextAfter(from).toString();
            }
        }
        Map<Long, Long> planIds = new HashMap<>();
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into ehc_plan (child_id, ceased_on, cease_reason, review_due_on)
                select * from unnest(?::bigint[], ?::date[], ?::text[], ?::date[])
                returning child_id, id""")) {
            insert.setArray(1, connection.createArrayOf("bigint", childIds));
            insert.setArray(2, connection.createArrayOf("text", ceasedOn));
            insert.setArray(3, connection.createArrayOf("text", reasons));
            insert.setArray(4, connection.createArrayOf("text", reviewDue));
            try (ResultSet rs = insert.executeQuery()) {
                while (rs.next()) {
                    planIds.put(rs.getLong(1), rs.getLong(2));
                }
            }
        }
        // the working copy (0), the final version (1) and, for a ceased plan, the ceased version (2), each naming
        // the setting; issued versions are immutable from here on (V4's trigger)
        List<Object[]> versions = new ArrayList<>();
        for (Row row : batch) {
            MigratedPlan p = row.plan();
            long planId = planIds.get(row.child().id());
            SettingView s = settings.get(p.settingId());
            versions.add(new Object[] {planId, 0, "WORKING", null, s});
            versions.add(new Object[] {planId, 1, "FINAL", p.issuedOn().toString(), s});
            if (p.status() == MigratedPlan.Status.CEASED) {
                versions.add(new Object[] {planId, 2, "CEASED", p.ceasedOn().toString(), s});
            }
        }
        int m = versions.size();
        Long[] plans = new Long[m];
        Integer[] numbers = new Integer[m];
        String[] kinds = new String[m];
        String[] issued = new String[m];
        Long[] settingIds = new Long[m];
        String[] names = new String[m];
        String[] types = new String[m];
        for (int i = 0; i < m; i++) {
            Object[] v = versions.get(i);
            SettingView s = (SettingView) v[4];
            plans[i] = (Long) v[0];
            numbers[i] = (Integer) v[1];
            kinds[i] = (String) v[2];
            issued[i] = (String) v[3];
            settingIds[i] = s.id();
            names[i] = s.name();
            types[i] = s.type().name();
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id,
                                          placement_name, placement_type)
                select t.plan_id, t.number, t.kind, t.issued_on, ?, t.setting_id, t.name, t.type
                from unnest(?::bigint[], ?::integer[], ?::text[], ?::date[], ?::bigint[], ?::text[], ?::text[])
                     as t(plan_id, number, kind, issued_on, setting_id, name, type)""")) {
            insert.setString(1, by);
            insert.setArray(2, connection.createArrayOf("bigint", plans));
            insert.setArray(3, connection.createArrayOf("integer", numbers));
            insert.setArray(4, connection.createArrayOf("text", kinds));
            insert.setArray(5, connection.createArrayOf("text", issued));
            insert.setArray(6, connection.createArrayOf("bigint", settingIds));
            insert.setArray(7, connection.createArrayOf("text", names));
            insert.setArray(8, connection.createArrayOf("text", types));
            insert.executeUpdate();
        }
        return planIds;
    }
}
