package uk.send.pathway.plan;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingView;
import uk.send.pathway.assessment.Actor;
import uk.send.pathway.assessment.AssessmentEvent;

/**
 * EHC plans: started when the council decides to issue one, written section by section in the working
 * copy, and issued as numbered versions that never change (the draft when it is sent, the final plan).
 */
@Service
public class EhcPlans {

    static final String ENTITY = "PLAN";

    private final EhcPlanRepository plans;
    private final ChildDirectory children;
    private final ReferenceData reference;
    private final AuditLog audit;

    EhcPlans(EhcPlanRepository plans, ChildDirectory children, ReferenceData reference, AuditLog audit) {
        this.plans = plans;
        this.children = children;
        this.reference = reference;
        this.audit = audit;
    }

    /**
     * The council decided to issue a plan: start it. After the assessment's commit, in a transaction of its own;
     * a resubmitted event finds the plan already started and does nothing.
     */
    @AfterCommitListener
    void on(AssessmentEvent.DecidedToIssue decided) {
        started(decided.assessmentId(), decided.childId(), decided.actor().name());
    }

    /** The draft was sent: issue the working copy as a draft version, once (a resubmission finds it issued). */
    @AfterCommitListener
    void on(AssessmentEvent.DraftIssued draft) {
        EhcPlan plan = started(draft.assessmentId(), draft.childId(), draft.actor().name());
        if (hasIssued(plan, PlanVersion.Kind.DRAFT, draft.on())) {
            return;
        }
        issue(plan, PlanVersion.Kind.DRAFT, draft.on(), draft.adviceLines(), draft.actor());
    }

    /** The final plan was issued: name the setting and issue the final version, once. */
    @AfterCommitListener
    void on(AssessmentEvent.FinalPlanIssued issued) {
        EhcPlan plan = started(issued.assessmentId(), issued.childId(), issued.actor().name());
        if (hasIssued(plan, PlanVersion.Kind.FINAL, issued.on())) {
            return;
        }
        SettingView named = reference.settingView(issued.namedSettingId());
        plan.working().place(named.id(), named.name(), named.type().name());
        issue(plan, PlanVersion.Kind.FINAL, issued.on(), issued.adviceLines(), issued.actor());
    }

    private EhcPlan started(long assessmentId, long childId, String by) {
        return plans.findByAssessmentId(assessmentId).orElseGet(() -> plans.save(EhcPlan.start(assessmentId, childId, by)));
    }

    private static boolean hasIssued(EhcPlan plan, PlanVersion.Kind kind, java.time.LocalDate on) {
        return plan.issued().stream().anyMatch(v -> v.getKind() == kind && on.equals(v.getIssuedOn()));
    }

    private void issue(EhcPlan plan, PlanVersion.Kind kind, java.time.LocalDate on, List<String> adviceLines, Actor actor) {
        PlanVersion issued = plan.issue(kind, on, String.join("\n", adviceLines), actor.name());
        plans.saveAndFlush(plan);
        audit.record(actor.userId(), actor.name(), AuditAction.PLAN_ISSUED, ENTITY, plan.getId(),
                issued.getKind() + " version " + issued.getNumber());
    }

    /** The plan of a case, for a caseworker whose scope includes the child; empty before the decision to issue. */
    @Transactional(readOnly = true)
    public java.util.Optional<PlanView> forAssessment(Viewer viewer, long assessmentId) {
        return plans.findByAssessmentId(assessmentId).map(plan -> {
            requireInScope(viewer, plan);
            return PlanView.of(plan);
        });
    }

    /** One version of a plan (0 is the working copy). */
    @Transactional
    public PlanView.VersionView version(Viewer viewer, long assessmentId, int number) {
        EhcPlan plan = plan(viewer, assessmentId);
        PlanVersion v = plan.version(number).orElseThrow(() -> new NoSuchElementException("No such version"));
        audit.record(viewer, AuditAction.PLAN_VIEWED, ENTITY, plan.getId(), "version " + number);
        return PlanView.VersionView.of(v);
    }

    /** A change to the working copy, refused if someone else has changed it since the page was opened. */
    @FunctionalInterface
    public interface Edit {
        void apply(WorkingCopy working);
    }

    /** What a caseworker may do to the working copy. */
    public interface WorkingCopy {
        void write(Section section, String text);

        void addOutcome(Outcome outcome);

        void removeOutcome(int index);

        void addProvision(Provision provision);

        void removeProvision(int index);

        void place(long settingId);
    }

    @Transactional
    public void edit(Viewer viewer, long assessmentId, int version, String description, Edit edit) {
        EhcPlan plan = plan(viewer, assessmentId);
        PlanVersion working = plan.working();
        if (working.getVersion() != version) {
            throw new OptimisticLockingFailureException("The plan was changed by someone else since it was opened");
        }
        edit.apply(new WorkingCopy() {
            public void write(Section section, String text) {
                working.write(section, text);
            }

            public void addOutcome(Outcome outcome) {
                working.addOutcome(outcome);
            }

            public void removeOutcome(int index) {
                working.removeOutcome(index);
            }

            public void addProvision(Provision provision) {
                working.addProvision(provision);
            }

            public void removeProvision(int index) {
                working.removeProvision(index);
            }

            public void place(long settingId) {
                SettingView s = reference.settingView(settingId);
                working.place(s.id(), s.name(), s.type().name());
            }
        });
        plans.flush();
        audit.record(viewer, AuditAction.PLAN_EDITED, ENTITY, plan.getId(), description);
    }

    private EhcPlan plan(Viewer viewer, long assessmentId) {
        EhcPlan plan = plans.findByAssessmentId(assessmentId).orElseThrow(() -> new NoSuchElementException("No plan yet"));
        requireInScope(viewer, plan);
        return plan;
    }

    private void requireInScope(Viewer viewer, EhcPlan plan) {
        if (!viewer.is(Role.CASEWORKER) || !children.canSee(viewer, plan.getChildId())) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, plan.getId(),
                    "outside scope");
            throw new NotInScopeException(ENTITY);
        }
    }

    /** A plan's versions, as pages list them. */
    public record PlanView(long id, VersionView working, List<VersionView> issued) {

        static PlanView of(EhcPlan plan) {
            return new PlanView(plan.getId(), VersionView.of(plan.working()),
                    plan.issued().stream().map(VersionView::of).toList());
        }

        /** One version's content. */
        public record VersionView(int number, PlanVersion.Kind kind, java.time.LocalDate issuedOn, String createdBy,
                                  java.util.Map<Section, String> sections, List<Outcome> outcomes,
                                  List<Provision> provisions, Long placementSettingId, String placementName,
                                  String placementType, String sectionK, int version) {
            static VersionView of(PlanVersion v) {
                return new VersionView(v.getNumber(), v.getKind(), v.getIssuedOn(), v.getCreatedBy(), v.textSections(),
                        List.copyOf(v.getOutcomes()), List.copyOf(v.getProvisions()), v.getPlacementSettingId(),
                        v.getPlacementName(), v.getPlacementType(), v.getSectionK(), v.getVersion());
            }
        }
    }
}
