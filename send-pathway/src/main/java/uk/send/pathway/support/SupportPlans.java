package uk.send.pathway.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.children.ChildSummary;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SenProvision;

/**
 * SEN Support for SENCOs: the register of their setting, each pupil's SEN Support and its assess-plan-do-review
 * cycles; and, for parents, the plans a school has shared with them. Commands in, read models out. Every read
 * is scoped (a SENCO: pupils on roll at their setting and the records made there; a parent: their own children's
 * shared plans) and every view, change and refusal is audited. "Today" comes from the injected clock.
 */
@Service
public class SupportPlans {

    static final String CHILD = "CHILD";
    static final String PLAN = "SUPPORT_PLAN";

    private final SenSupportRepository records;
    private final SupportRegister register;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final SupportPolicy policy;
    private final Clock clock;
    private final SupportMigration migration;

    SupportPlans(SenSupportRepository records, SupportRegister register, ChildDirectory children, ReferenceData reference,
                 AuditLog audit, SupportPolicy policy, Clock clock, SupportMigration migration) {
        this.migration = migration;
        this.records = records;
        this.register = register;
        this.children = children;
        this.reference = reference;
        this.audit = audit;
        this.policy = policy;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The rows of a SEN Support migration file the database refuses (their format is the caller's to check): see
     * {@link SupportMigration#check}. Empty when the whole file can be imported. An administrator's only.
     */
    @Transactional(readOnly = true)
    public List<uk.send.domain.children.MigrationProblem> checkMigration(List<MigratedSupport> rows, Viewer actor) {
        requireAdmin(actor);
        return migration.check(rows, actor).problems();
    }

    /**
     * Imports pupils' SEN Support in one transaction, all or nothing: refused whole when any row has a problem; a
     * record already kept (same child, same date added) is left, so a file imported twice changes nothing the
     * second time. {@code progress} hears how many rows are done, batch by batch. Audited once for the import.
     */
    @Transactional
    public SupportMigrationResult importSupport(List<MigratedSupport> rows, Viewer actor,
                                                java.util.function.IntConsumer progress, long importId) {
        requireAdmin(actor);
        SupportMigration.Checked checked = migration.check(rows, actor);
        SupportMigrationResult result = migration.write(checked, actor, progress);
        audit.record(actor, AuditAction.SEN_SUPPORT_IMPORTED, "DATA_IMPORT", importId,
                result.added() + " added, " + result.unchanged() + " unchanged");
        return result;
    }

    private static void requireAdmin(Viewer actor) {
        if (!actor.is(uk.send.domain.access.Role.ADMIN)) {
            throw new uk.send.domain.access.NotInScopeException(CHILD);
        }
    }

    /** What the council configured: the tiers offered, the kind of plan, the review interval. */
    public SupportPolicy policy() {
        return policy;
    }

    /** The SENCO's register: pupils at SEN Support and with EHC plans at their setting, one page, filtered. */
    @Transactional(readOnly = true)
    public Page<RegisterEntry> register(Viewer viewer, RegisterFilter filter, Pageable pageable) {
        requireSenco(viewer);
        Page<RegisterEntry> page = register.page(viewer.settingId(), filter, today(), policy, pageable);
        if (filter.query() != null && !filter.query().isBlank()) {
            searched(viewer, page.getTotalElements() + " found on the SEN register");
        }
        return page;
    }

    /** A search is audited by how many it found (not its text), in a transaction of its own: the page's is read-only. */
    private void searched(Viewer viewer, String found) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.CHILD_SEARCHED, CHILD, null, found);
    }

    /** Pupils on roll at the SENCO's setting with no SEN recorded, matching a name or UPN: those who can be added. */
    @Transactional(readOnly = true)
    public Page<Pupil> pupilsWithoutSen(Viewer viewer, String query, Pageable pageable) {
        requireSenco(viewer);
        Page<Pupil> page = register.withoutSen(viewer.settingId(), query, pageable);
        if (query != null && !query.isBlank()) {
            searched(viewer, page.getTotalElements() + " found to add");
        }
        return page;
    }

    /** A pupil on roll at the SENCO's setting, with their SEN Support there; refused (and audited) for anyone else. */
    @Transactional
    public PupilSupport pupil(Viewer viewer, long childId) {
        Pupil pupil = onRoll(viewer, childId);
        List<PupilSupport.RecordView> history = records.findByChildIdOrderByAddedOnDescIdDesc(childId).stream()
                .filter(r -> r.getSettingId() == viewer.settingId())
                .map(PupilSupport.RecordView::of).toList();
        audit.record(viewer, AuditAction.CHILD_VIEWED, CHILD, childId, "SEN Support");
        return new PupilSupport(pupil, history);
    }

    /**
     * Adds a pupil on roll to SEN Support. Refused when they are at SEN Support already or have an EHC plan; the
     * census follows after the commit ({@link AddedToSenSupport}).
     */
    @Transactional
    public void addToSenSupport(Viewer viewer, long childId, AddToSenSupport command) {
        Pupil pupil = onRoll(viewer, childId);
        if (pupil.provision() == SenProvision.E) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.hasEhcPlan", "The pupil has an EHC plan");
        }
        if (records.findByChildIdAndRemovedOnIsNull(childId).isPresent()) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.alreadyAtSenSupport",
                    "The pupil is at SEN Support already");
        }
        SenSupport s = SenSupport.add(childId, viewer.settingId(), pupil.dateOfBirth(), command, today(), viewer.email());
        try {
            records.saveAndFlush(s);
        } catch (DataIntegrityViolationException raced) {
            if (String.valueOf(raced.getMessage()).contains("sen_support_one_open_per_child")) {
                throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.alreadyAtSenSupport",
                        "The pupil was added meanwhile");
            }
            throw raced;
        }
        audit.record(viewer, AuditAction.CHILD_UPDATED, CHILD, childId, "added to SEN Support " + s.getPrimaryNeed());
    }

    /** Ends the pupil's SEN Support with a reason; the record and its cycles are kept. */
    @Transactional
    public void removeFromSenSupport(Viewer viewer, long childId, int version, RemoveFromSenSupport command) {
        SenSupport s = currentRecord(viewer, childId, version);
        s.remove(command, today(), viewer.email());
        records.saveAndFlush(s);
        audit.record(viewer, AuditAction.CHILD_UPDATED, CHILD, childId, "removed from SEN Support " + command.reason());
    }

    /** Starts a cycle (assess and plan) for a pupil at SEN Support; returns the new plan's id. */
    @Transactional
    public long startPlan(Viewer viewer, long childId, int version, StartPlan command) {
        SenSupport s = currentRecord(viewer, childId, version);
        s.startPlan(command, policy, today(), viewer.email());
        records.saveAndFlush(s);
        long planId = s.openPlan().orElseThrow().getId();
        audit.record(viewer, AuditAction.PLAN_EDITED, PLAN, planId, "cycle started");
        return planId;
    }

    private SenSupport currentRecord(Viewer viewer, long childId, int version) {
        onRoll(viewer, childId);
        SenSupport s = records.findByChildIdAndRemovedOnIsNull(childId)
                .filter(r -> r.getSettingId() == viewer.settingId())
                .orElseThrow(() -> new NoSuchElementException("The pupil is not at SEN Support here"));
        if (s.getVersion() != version) {
            throw new OptimisticLockingFailureException("The pupil's SEN Support was changed by someone else");
        }
        return s;
    }

    /** One cycle, for its SENCO or (when shared) a parent of the child; refused and audited for anyone else. */
    @Transactional
    public SupportPlanView plan(Viewer viewer, long planId) {
        SenSupport s = records.findByPlanId(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        SupportPlan plan = planOf(s, planId);
        boolean senco = isSencoOf(viewer, s);
        boolean family = viewer.isFamily() && plan.isSharedWithFamily() && children.canSee(viewer, s.getChildId());
        if (!senco && !family) {
            refuse(viewer, planId);
        }
        audit.record(viewer, AuditAction.PLAN_VIEWED, PLAN, planId, "cycle " + plan.getCycle());
        return view(s, plan, senco && plan.getStatus() == PlanStatus.OPEN);
    }

    /**
     * A change to the cycle in progress, by the SENCO, refused when someone else changed it since the page opened.
     * Returns the pupil's id.
     */
    @Transactional
    public long change(Viewer viewer, long planId, int version, SupportPlanCommand command) {
        SenSupport s = records.findByPlanId(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        if (!isSencoOf(viewer, s)) {
            refuse(viewer, planId);
        }
        SupportPlan plan = planOf(s, planId);
        if (plan.getVersion() != version) {
            throw new OptimisticLockingFailureException("The plan was changed by someone else");
        }
        s.change(plan, command, today(), policy, viewer.email());
        records.saveAndFlush(s);
        audit.record(viewer, AuditAction.PLAN_EDITED, PLAN, planId, command.getClass().getSimpleName());
        return s.getChildId();
    }

    /** The plans schools have shared with this parent, for their own children, newest first. */
    @Transactional(readOnly = true)
    public List<SharedPlan> sharedWith(Viewer viewer) {
        if (!viewer.isFamily()) {
            return List.of();
        }
        Map<Long, String> own = new java.util.HashMap<>();
        children.search(viewer, null, null, PageRequest.of(0, 100, ChildDirectory.DEFAULT_SORT))
                .forEach((ChildSummary c) -> own.put(c.id(), c.fullName()));
        return own.keySet().stream()
                .flatMap(childId -> records.findByChildIdOrderByAddedOnDescIdDesc(childId).stream())
                .flatMap(s -> s.plans().stream().filter(SupportPlan::isSharedWithFamily)
                        .map(p -> new SharedPlan(p.getId(), s.getChildId(), own.get(s.getChildId()),
                                reference.settingView(s.getSettingId()).name(), p.getCycle(), p.getStatus(),
                                p.getStartsOn(), p.getReviewDue())))
                .sorted(Comparator.comparing(SharedPlan::startsOn).reversed())
                .toList();
    }

    private boolean isSencoOf(Viewer viewer, SenSupport s) {
        return viewer.is(Role.SENCO) && s.getSettingId() == viewer.settingId() && children.canSee(viewer, s.getChildId());
    }

    private static SupportPlan planOf(SenSupport s, long planId) {
        return s.plans().stream().filter(p -> p.getId() == planId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such plan"));
    }

    private SupportPlanView view(SenSupport s, SupportPlan p, boolean editable) {
        Map<Long, ChildIdentity> who = children.identities(Set.of(s.getChildId()));
        ChildIdentity child = who.get(s.getChildId());
        return new SupportPlanView(p.getId(), s.getChildId(), child == null ? "" : child.fullName(),
                reference.settingView(s.getSettingId()).name(), p.getCycle(), p.getKind(), p.getTier(), p.getStatus(),
                p.getStartsOn(), p.getReviewDue(),
                p.getStatus() == PlanStatus.OPEN ? policy.status(p.getReviewDue(), today()) : null,
                p.getAssessmentNotes(), p.isSharedWithFamily(), p.getReviewedOn(), p.getNextStep(), p.getChildViews(),
                p.getParentViews(), p.getReviewNotes(), p.getCreatedBy(), p.getReviewedBy(), p.outcomes(), p.provision(),
                p.totalCost(), p.weeklyHours(), p.getVersion(), editable);
    }

    /** The pupil, on roll at the SENCO's setting: anyone else is refused (403, audited), an unknown id is 404. */
    private Pupil onRoll(Viewer viewer, long childId) {
        requireSenco(viewer);
        return register.onRoll(viewer.settingId(), childId).orElseThrow(() -> {
            if (!register.exists(childId)) {
                return new NoSuchElementException("No such child");
            }
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, CHILD, childId,
                    "SEN Support outside scope");
            return new NotInScopeException(CHILD);
        });
    }

    private void requireSenco(Viewer viewer) {
        if (!viewer.is(Role.SENCO)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, CHILD, null,
                    "SEN Support is for SENCOs");
            throw new NotInScopeException(CHILD);
        }
    }

    private void refuse(Viewer viewer, long planId) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, PLAN, planId, "outside scope");
        throw new NotInScopeException(PLAN);
    }
}
