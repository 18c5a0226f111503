package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;
import uk.send.pathway.assessment.Actor;
import uk.send.pathway.assessment.AssessmentEvent;

/**
 * EHC plans, keyed by the child: started when the council decides to issue one, written section by section
 * in the working copy by caseworkers, and issued as numbered versions that never change (the draft when it is
 * sent, the final plan). Every read and change is scoped through {@link ChildDirectory} and audited:
 * caseworkers (the child in their footprints) see and change everything; a parent (their own child) and a
 * SENCO (the child on roll at their setting) read the issued versions only, never the working copy.
 */
@Service
public class EhcPlans {

    static final String ENTITY = "PLAN";

    private final EhcPlanRepository plans;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final AuditLog audit;
    private final ReviewCycles cycles;

    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final PlanMigration migration;

    EhcPlans(EhcPlanRepository plans, ChildDirectory children, ReferenceData reference, AuditLog audit,
             ReviewCycles cycles, org.springframework.jdbc.core.simple.JdbcClient jdbc, PlanMigration migration) {
        this.migration = migration;
        this.cycles = cycles;
        this.jdbc = jdbc;
        this.plans = plans;
        this.children = children;
        this.reference = reference;
        this.audit = audit;
    }

    /**
     * The council decided to issue a plan: start the child's plan, unless the child already has one (which the
     * new assessment then revises). After the assessment's commit, in a transaction of its own; a resubmitted
     * event finds the plan already started and does nothing.
     */
    @AfterCommitListener
    void on(AssessmentEvent.DecidedToIssue decided) {
        started(decided.assessmentId(), decided.childId(), decided.actor().name());
    }

    /** The draft was sent: issue the working copy as a draft version, once (a resubmission finds it issued). */
    @AfterCommitListener
    void on(AssessmentEvent.DraftIssued draft) {
        EhcPlan plan = started(draft.assessmentId(), draft.childId(), draft.actor().name());
        if (hasIssued(plan, VersionKind.DRAFT, draft.on())) {
            return;
        }
        issue(plan, VersionKind.DRAFT, draft.on(), draft.adviceLines(), draft.actor());
    }

    /** The final plan was issued: name the setting and issue the final version, once. */
    @AfterCommitListener
    void on(AssessmentEvent.FinalPlanIssued issued) {
        EhcPlan plan = started(issued.assessmentId(), issued.childId(), issued.actor().name());
        if (hasIssued(plan, VersionKind.FINAL, issued.on())) {
            return;
        }
        plan.apply(new PlanCommand.NamePlacement(issued.namedSettingId()), this::named);
        issue(plan, VersionKind.FINAL, issued.on(), issued.adviceLines(), issued.actor());
    }

    /** The child's current plan, or a new one started from this assessment. */
    private EhcPlan started(long assessmentId, long childId, String by) {
        return plans.findByChildIdAndCeasedOnIsNull(childId)
                .orElseGet(() -> plans.saveAndFlush(EhcPlan.start(childId, assessmentId, by)));
    }

    private static boolean hasIssued(EhcPlan plan, VersionKind kind, LocalDate on) {
        return plan.issued().stream().anyMatch(v -> v.getKind() == kind && on.equals(v.getIssuedOn()));
    }

    private void issue(EhcPlan plan, VersionKind kind, LocalDate on, List<String> adviceLines, Actor actor) {
        PlanVersion issued = plan.issue(kind, on, String.join("\n", adviceLines), actor.name(),
                cycles.forChild(plan.getChildId()));
        plans.saveAndFlush(plan);
        audit.record(actor.userId(), actor.name(), AuditAction.PLAN_ISSUED, ENTITY, plan.getId(),
                issued.getKind() + " version " + issued.getNumber());
    }

    private EhcPlan.SettingLookup.Named named(long settingId) {
        SettingView s = reference.settingView(settingId);
        return new EhcPlan.SettingLookup.Named(s.name(), s.type());
    }

    /**
     * The rows of a plans migration file the database refuses (their format is the caller's to check): see
     * {@link PlanMigration#check}. Empty when the whole file can be imported.
     */
    @Transactional(readOnly = true)
    public List<uk.send.domain.children.MigrationProblem> checkMigration(List<MigratedPlan> rows, Viewer actor) {
        requireAdmin(actor);
        return migration.check(rows, actor).problems();
    }

    /**
     * Imports plans from a migration file in one transaction, all or nothing: refused whole when any row has a
     * problem; a plan already recorded (same child, same first issue) is left as it is, so a file imported twice
     * changes nothing the second time. {@code progress} hears how many rows are done, batch by batch. Audited once.
     */
    @Transactional
    public PlanMigrationResult importPlans(List<MigratedPlan> rows, Viewer actor, java.util.function.IntConsumer progress,
                                           long importId) {
        requireAdmin(actor);
        PlanMigrationResult result = migration.write(migration.check(rows, actor), actor, progress);
        audit.record(actor, AuditAction.PLANS_IMPORTED, "DATA_IMPORT", importId,
                result.added() + " added, " + result.unchanged() + " unchanged");
        return result;
    }

    private static void requireAdmin(Viewer actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new NotInScopeException("PLAN");
        }
    }

    /**
     * One page of every plan (an administrator's export), in id order after {@code afterId}, one statement a
     * page: the child, the first final issue, the latest issued version with its placement, and when it ceased.
     */
    @Transactional(readOnly = true)
    public List<PlanExportRow> exportPage(Viewer actor, long afterId, int size) {
        if (!actor.is(Role.ADMIN)) {
            throw new NotInScopeException("PLAN");
        }
        return jdbc.sql("""
                        select p.id, p.child_id, c.migration_reference, c.given_name, c.family_name, c.date_of_birth,
                               c.upn, p.ceased_on,
                               (select min(v.issued_on) from plan_version v
                                where v.plan_id = p.id and v.kind = 'FINAL') as first_issued,
                               l.kind, l.issued_on, s.urn, coalesce(s.name, l.placement_name) as placement
                        from ehc_plan p join child c on c.id = p.child_id
                        left join lateral (select v.kind, v.issued_on, v.placement_setting_id, v.placement_name
                                           from plan_version v where v.plan_id = p.id and v.kind <> 'WORKING'
                                           order by v.number desc limit 1) l on true
                        left join setting s on s.id = l.placement_setting_id
                        where p.id > :after order by p.id limit :size""")
                .param("after", afterId).param("size", size)
                .query((rs, n) -> new PlanExportRow(rs.getLong("id"), rs.getLong("child_id"),
                        rs.getString("migration_reference"), rs.getString("given_name"), rs.getString("family_name"),
                        rs.getObject("date_of_birth", LocalDate.class), rs.getString("upn"),
                        rs.getObject("first_issued", LocalDate.class),
                        rs.getString("kind") == null ? null : VersionKind.valueOf(rs.getString("kind")),
                        rs.getObject("issued_on", LocalDate.class), rs.getString("urn"), rs.getString("placement"),
                        rs.getObject("ceased_on", LocalDate.class)))
                .list();
    }

    /** A plan, as this viewer may see it (the working copy for caseworkers only). */
    @Transactional
    public PlanView view(Viewer viewer, long planId) {
        return view(viewer, planId, false);
    }

    /**
     * A plan, as this viewer may see it; with {@code familyRequest}, what the family asked for in answer to the
     * draft (for a draft's page and document, and where the caseworker names the setting).
     */
    @Transactional
    public PlanView view(Viewer viewer, long planId, boolean familyRequest) {
        EhcPlan plan = readable(viewer, planId);
        audit.record(viewer, AuditAction.PLAN_VIEWED, ENTITY, plan.getId(), "summary");
        return view(viewer, plan, children.identities(List.of(plan.getChildId())).get(plan.getChildId()), true,
                familyRequest);
    }

    /** The plan an assessment produced, for a caseworker whose scope includes the child; empty before the decision to issue. */
    @Transactional(readOnly = true)
    public Optional<PlanView> forAssessment(Viewer viewer, long assessmentId) {
        return plans.findFirstByOriginAssessmentIdOrderByIdDesc(assessmentId).map(plan -> {
            requireReadable(viewer, plan);
            return view(viewer, plan);
        });
    }

    /**
     * Whether an assessment has produced a plan: for the case page, whose caller has already opened the case in
     * the viewer's scope (one indexed query, not the plan).
     */
    @Transactional(readOnly = true)
    public boolean existsForAssessment(long assessmentId) {
        return plans.existsByOriginAssessmentId(assessmentId);
    }

    /** A child's current plan, if they have one and the viewer may see it (for the child's record). */
    @Transactional(readOnly = true)
    public Optional<PlanView> currentFor(Viewer viewer, long childId) {
        if (!mayRead(viewer)) {
            return Optional.empty();
        }
        Optional<ChildIdentity> child = children.visibleIdentity(viewer, childId);
        if (child.isEmpty()) {
            return Optional.empty();
        }
        return plans.findByChildIdAndCeasedOnIsNull(childId).map(plan -> view(viewer, plan, child.get(), false));
    }

    /**
     * Whether the child has a current plan: a yes or no, no content, for a page that must say so to someone
     * who may not read the plan itself (an administrator comparing two records before merging them).
     */
    @Transactional(readOnly = true)
    public boolean hasCurrentPlan(long childId) {
        return plans.findByChildIdAndCeasedOnIsNull(childId).isPresent();
    }

    /** One version of a plan (0 is the working copy, which only caseworkers see). */
    @Transactional
    public PlanVersionView version(Viewer viewer, long planId, int number) {
        EhcPlan plan = readable(viewer, planId);
        PlanVersion v = plan.requireVersion(number);
        if (!v.getKind().isIssued() && !viewer.is(Role.CASEWORKER)) {
            refuse(viewer, plan.getId(), "working copy");
        }
        audit.record(viewer, AuditAction.PLAN_VIEWED, ENTITY, plan.getId(), "version " + number);
        return PlanVersionView.of(v);
    }

    /**
     * A caseworker's change to the working copy, refused if someone else has changed it since the page was
     * opened (its version), outside the caseworker's scope, or to anyone else.
     */
    @Transactional
    public void edit(Viewer viewer, long planId, int version, PlanCommand command) {
        EhcPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        if (!viewer.is(Role.CASEWORKER) || !children.canSee(viewer, plan.getChildId())) {
            refuse(viewer, planId, "change outside scope");
        }
        if (plan.working().getVersion() != version) {
            throw new OptimisticLockingFailureException("The plan was changed by someone else since it was opened");
        }
        plan.apply(command, this::named);
        plans.saveAndFlush(plan);
        audit.record(viewer, AuditAction.PLAN_EDITED, ENTITY, plan.getId(), command.description());
    }

    private PlanView view(Viewer viewer, EhcPlan plan) {
        return view(viewer, plan, children.identities(List.of(plan.getChildId())).get(plan.getChildId()), true, false);
    }

    private PlanView view(Viewer viewer, EhcPlan plan, ChildIdentity child, boolean withNext) {
        return view(viewer, plan, child, withNext, false);
    }

    /**
     * @param withNext      whether to work out the next action (the plan's own page; it reads the plan's reviews)
     * @param familyRequest whether to read the family's answer to the draft
     */
    private PlanView view(Viewer viewer, EhcPlan plan, ChildIdentity child, boolean withNext, boolean familyRequest) {
        return new PlanView(plan.getId(), plan.getChildId(), child.fullName(), child.dateOfBirth(),
                plan.getOriginAssessmentId(), plan.getCeasedOn(),
                viewer.is(Role.CASEWORKER) ? PlanVersionView.of(plan.working()) : null,
                plan.issued().stream().map(PlanVersionView::of).toList(), plan.getReviewDueOn(), plan.getCeaseReason(),
                withNext && viewer.is(Role.CASEWORKER) ? plan.nextAction() : null, plan.hasOpenReview(),
                familyRequest ? familyRequest(plan) : null);
    }

    /** The family's answer to the draft, from the assessment the plan came from (none for a plan from elsewhere). */
    private PlanView.FamilyRequest familyRequest(EhcPlan plan) {
        if (plan.getOriginAssessmentId() == null || plan.issued().stream().noneMatch(v -> v.getKind().isDraft())) {
            return null;
        }
        return jdbc.sql("""
                        select a.draft_response_on, s.name from needs_assessment a
                        left join setting s on s.id = a.preferred_setting_id where a.id = :id""")
                .param("id", plan.getOriginAssessmentId())
                .query((rs, n) -> new PlanView.FamilyRequest(rs.getString("name"),
                        rs.getObject("draft_response_on", LocalDate.class)))
                .optional().orElse(null);
    }

    private EhcPlan readable(Viewer viewer, long planId) {
        EhcPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        requireReadable(viewer, plan);
        return plan;
    }

    private static boolean mayRead(Viewer viewer) {
        return viewer.is(Role.CASEWORKER) || viewer.isFamily() || viewer.is(Role.SENCO);
    }

    private void requireReadable(Viewer viewer, EhcPlan plan) {
        if (!mayRead(viewer) || !children.canSee(viewer, plan.getChildId())) {
            refuse(viewer, plan.getId(), "outside scope");
        }
    }

    private void refuse(Viewer viewer, long planId, String why) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, planId, why);
        throw new NotInScopeException(ENTITY);
    }

}
