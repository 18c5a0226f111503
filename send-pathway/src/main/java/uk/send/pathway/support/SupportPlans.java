package uk.send.pathway.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
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
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.Upn;
import uk.send.pathway.assessment.IllegalTransitionException;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.SchoolRequest;

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
    private final NeedsAssessments assessments;
    private final SupportFamilyViews familyViews;
    private final Notifications notifications;

    SupportPlans(SenSupportRepository records, SupportRegister register, ChildDirectory children, ReferenceData reference,
                 AuditLog audit, SupportPolicy policy, Clock clock, SupportMigration migration,
                 NeedsAssessments assessments, SupportFamilyViews familyViews, Notifications notifications) {
        this.familyViews = familyViews;
        this.notifications = notifications;
        this.migration = migration;
        this.assessments = assessments;
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
        SupportMigrationResult result = migration.write(migration.check(rows, actor), actor, progress);
        audit.record(actor, AuditAction.SEN_SUPPORT_IMPORTED, "DATA_IMPORT", importId,
                result.added() + " added, " + result.unchanged() + " unchanged");
        return result;
    }

    private static void requireAdmin(Viewer actor) {
        if (!actor.is(uk.send.domain.access.Role.ADMIN)) {
            throw new uk.send.domain.access.NotInScopeException(CHILD);
        }
    }

    /** What the council configured: the tiers of support, the kind of plan, the review interval. */
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
        List<SenSupport> all = records.findByChildIdOrderByAddedOnDescIdDesc(childId);
        List<PupilSupport.RecordView> history = all.stream()
                .filter(r -> r.getSettingId() == viewer.settingId())
                .map(r -> PupilSupport.RecordView.of(r, policy)).toList();
        // earlier schools' records: their cycles only when the family agreed to share them with the next school
        List<PupilSupport.EarlierRecord> earlier = all.stream()
                .filter(r -> r.getSettingId() != viewer.settingId() && r.isSharedWithNextSchool())
                .map(r -> new PupilSupport.EarlierRecord(reference.settingView(r.getSettingId()).name(),
                        PupilSupport.RecordView.of(r, policy))).toList();
        int notShared = (int) all.stream()
                .filter(r -> r.getSettingId() != viewer.settingId() && !r.isSharedWithNextSchool()).count();
        audit.record(viewer, AuditAction.CHILD_VIEWED, CHILD, childId, "SEN Support");
        return new PupilSupport(pupil, history, earlier, notShared);
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
        SupportPlanView v = view(s, plan, senco && plan.getStatus() == PlanStatus.OPEN);
        return senco ? v : ownViewsOnly(v, viewer);
    }

    /** A family member reads back the views they sent themselves, not another family member's. */
    private static SupportPlanView ownViewsOnly(SupportPlanView v, Viewer viewer) {
        return new SupportPlanView(v.id(), v.childId(), v.childName(), v.settingName(), v.cycle(), v.kind(), v.tier(),
                v.tierName(), v.status(), v.startsOn(), v.reviewDue(), v.reviewStatus(), v.assessmentNotes(), v.shared(),
                v.reviewedOn(), v.nextStep(), v.childViews(), v.parentViews(), v.reviewNotes(), v.createdBy(),
                v.reviewedBy(), v.outcomes(), v.provision(), v.totalCost(), v.weeklyHours(), v.version(), v.editable(),
                v.sharedWithNextSchool(), v.earlierSchool(),
                v.familyViews().stream().filter(f -> f.sentById() == viewer.userId()).toList());
    }

    /** Longest views the family may send on a plan online (support_plan_family_views.views). */
    public static final int FAMILY_VIEWS_MAX = 4000;

    /**
     * The family adds their views to the cycle in progress of a plan the school shared with them: a parent of the
     * child, or the young person on their own account (their own views). Kept with who and when, every sending; the
     * SENCO sees them on the plan and at the review, and a request for an EHC needs assessment made from that review
     * carries them. Anyone else, or a plan not (or no longer) shared, is refused as {@link #plan} refuses it (404,
     * audited); a cycle already reviewed or ended takes no more views (404). Refused on the text when it is blank or
     * too long. {@code confirmation}, if any, is queued to the sender's own address, saying exactly what they sent.
     */
    @Transactional
    public FamilyView sendFamilyViews(Viewer viewer, long planId, String views, Email confirmation) {
        SenSupport s = records.findByPlanId(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        SupportPlan plan = planOf(s, planId);
        if (!viewer.isFamily() || !plan.isSharedWithFamily() || !children.canSee(viewer, s.getChildId())) {
            refuse(viewer, planId);
        }
        if (plan.getStatus() != PlanStatus.OPEN) {
            throw new NoSuchElementException("Views are added to the cycle in progress");
        }
        if (views == null || views.isBlank()) {
            throw new SupportRefusal(SupportRefusal.Field.TEXT, "support.error.familyViewsRequired",
                    "Write your views");
        }
        String text = views.strip();
        if (text.length() > FAMILY_VIEWS_MAX) {
            throw new SupportRefusal(SupportRefusal.Field.TEXT, "support.error.familyViewsTooLong",
                    "The views are too long", FAMILY_VIEWS_MAX);
        }
        FamilyViewsFrom from = viewer.is(Role.YOUNG_PERSON) ? FamilyViewsFrom.YOUNG_PERSON : FamilyViewsFrom.PARENT;
        long id = familyViews.add(planId, from, text, viewer.userId(), clock.instant());
        audit.record(viewer, AuditAction.SUPPORT_PLAN_FAMILY_VIEWS_SENT, PLAN, planId,
                "cycle " + plan.getCycle() + ", views from " + from);
        if (confirmation != null) {
            notifications.queue(viewer.userId(), confirmation);
        }
        return familyViews.forPlans(List.of(planId)).get(planId).stream().filter(f -> f.id() == id).findFirst()
                .orElseThrow();
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
        String detail = command.getClass().getSimpleName();
        String nextTier = s.openPlan().filter(p -> p != plan).map(SupportPlan::getTier).orElse(null);
        if (command instanceof SupportPlanCommand.Review && nextTier != null && !nextTier.equals(plan.getTier())) {
            detail += ", tier " + plan.getTier() + " to " + nextTier;
        }
        audit.record(viewer, AuditAction.PLAN_EDITED, PLAN, planId, detail);
        return s.getChildId();
    }

    /**
     * A cycle of a school the pupil was at before, for the SENCO of the school they are on roll at now: only when
     * the family agreed to share that record with the next school. Read only; anyone else is refused and audited.
     */
    @Transactional
    public SupportPlanView earlierPlan(Viewer viewer, long planId) {
        SenSupport s = records.findByPlanId(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        SupportPlan plan = planOf(s, planId);
        boolean nextSchool = viewer.is(Role.SENCO) && s.getSettingId() != viewer.settingId()
                && s.isSharedWithNextSchool() && children.canSee(viewer, s.getChildId());
        if (!nextSchool) {
            refuse(viewer, planId);
        }
        audit.record(viewer, AuditAction.PLAN_VIEWED, PLAN, planId, "earlier school's cycle " + plan.getCycle());
        SupportPlanView v = view(s, plan, false);
        return new SupportPlanView(v.id(), v.childId(), v.childName(), v.settingName(), v.cycle(), v.kind(), v.tier(),
                v.tierName(), v.status(), v.startsOn(), v.reviewDue(), null, v.assessmentNotes(), v.shared(), v.reviewedOn(),
                v.nextStep(), v.childViews(), v.parentViews(), v.reviewNotes(), v.createdBy(), v.reviewedBy(),
                v.outcomes(), v.provision(), v.totalCost(), v.weeklyHours(), v.version(), false,
                v.sharedWithNextSchool(), true, v.familyViews());
    }

    /**
     * The SENCO records the pupil leaving their school on a day, for a setting the service holds if known: SEN
     * Support here ends (reason: left the school; a cycle in progress ends unreviewed) and follows the child, and
     * the child leaves the school's roll (onto the destination's when known), so this SENCO no longer sees them.
     */
    @Transactional
    public void recordLeaving(Viewer viewer, long childId, PupilLeaving command) {
        Pupil pupil = onRoll(viewer, childId);
        LocalDate leftOn = command.leftOn();
        requirePastDate(leftOn, pupil.dateOfBirth());
        Long to = command.destinationSettingId();
        if (to != null && (to.equals(viewer.settingId()) || !reference.isSetting(to))) {
            throw new SupportRefusal(SupportRefusal.Field.DESTINATION, "support.error.destination",
                    "Choose another school, or none if it is not known");
        }
        records.findByChildIdAndRemovedOnIsNull(childId).filter(r -> r.getSettingId() == viewer.settingId())
                .ifPresent(s -> {
                    s.leave(leftOn, to, today(), viewer.email());
                    records.saveAndFlush(s);
                });
        children.leaveSetting(viewer, childId, to);
    }

    private void requirePastDate(LocalDate date, LocalDate bornOn) {
        if (date == null) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.dateRequired", "Enter a real date");
        }
        if (date.isAfter(today())) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.dateInFuture", "The date is in the future",
                    today());
        }
        if (bornOn != null && date.isBefore(bornOn)) {
            throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.addedBeforeBirth", "Before birth", bornOn);
        }
    }

    /**
     * A pupil joining the SENCO's school, found by UPN and date of birth together (never a browse of other schools'
     * pupils): their name, and whether they are on this roll already or come with SEN Support.
     */
    @Transactional
    public Optional<JoiningPupil> findJoining(Viewer viewer, Upn upn, LocalDate dateOfBirth) {
        requireSenco(viewer);
        return children.findJoining(viewer, upn, dateOfBirth).map(c -> new JoiningPupil(c.fullName(), c.dateOfBirth(),
                register.onRoll(viewer.settingId(), c.id()).isPresent(), followingRecord(c.id()).isPresent()));
    }

    /** The record a joining pupil's SEN Support continues from: open at another school, or closed on leaving one. */
    private Optional<SenSupport> followingRecord(long childId) {
        if (register.provision(childId).filter(p -> p == SenProvision.K).isEmpty()) {
            return Optional.empty();
        }
        return records.findByChildIdOrderByAddedOnDescIdDesc(childId).stream().findFirst()
                .filter(r -> r.isOpen() || r.getRemovalReason() == RemovalReason.LEFT_SETTING);
    }

    /**
     * The SENCO records a pupil joining their school on a day: found again by UPN and date of birth, put on the
     * school's roll; a record still open at the school before is closed as left, and a pupil who was at SEN Support
     * there continues at SEN Support here, with the same needs, in a record naming the one before it. Refused when
     * the pupil is on this roll already. Returns the child's id.
     */
    @Transactional
    public long recordJoining(Viewer viewer, Upn upn, LocalDate dateOfBirth, LocalDate joinedOn) {
        requireSenco(viewer);
        JoiningPupil found = findJoining(viewer, upn, dateOfBirth)
                .orElseThrow(() -> new NoSuchElementException("No child with that UPN and date of birth"));
        if (found.onRollHere()) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.alreadyOnRoll", "On the roll already");
        }
        requirePastDate(joinedOn, dateOfBirth);
        long childId = children.joinSetting(viewer, upn, dateOfBirth).childId();
        Optional<SenSupport> before = followingRecord(childId);
        if (before.isPresent()) {
            SenSupport previous = before.get();
            if (previous.isOpen()) {
                if (joinedOn.isBefore(previous.getAddedOn())) {
                    throw new SupportRefusal(SupportRefusal.Field.DATE, "support.error.joinedBeforeAdded",
                            "Joined before the pupil was added to SEN Support at the school before", previous.getAddedOn());
                }
                previous.leave(joinedOn, viewer.settingId(), today(), viewer.email());
                records.saveAndFlush(previous);
            }
            SenSupport here = SenSupport.join(previous, viewer.settingId(), dateOfBirth, joinedOn, today(), viewer.email());
            records.saveAndFlush(here);
        }
        audit.record(viewer, AuditAction.CHILD_UPDATED, CHILD, childId,
                "joined the school" + (before.isPresent() ? ", SEN Support continues" : ""));
        return childId;
    }

    /**
     * The SENCO records whether the family agreed that a school the pupil moves to may see this record's cycles,
     * with the day the parent agreed; refused when someone changed the record since the page opened.
     */
    @Transactional
    public void recordSharing(Viewer viewer, long childId, int version, boolean shared, LocalDate agreedOn) {
        SenSupport s = currentRecord(viewer, childId, version);
        s.recordSharing(shared, agreedOn, false, today(), viewer.email());
        records.saveAndFlush(s);
        audit.record(viewer, AuditAction.CHILD_UPDATED, CHILD, childId,
                "SEN Support " + (shared ? "shared" : "not shared") + " with the next school, as the family agreed");
    }

    /**
     * A parent says whether a school their child moves to may see the SEN Support record that holds this plan: only
     * for a plan the school shared with them, of their own child (anyone else is refused as {@link #plan} refuses).
     */
    @Transactional
    public void recordSharingByParent(Viewer viewer, long planId, boolean shared) {
        SenSupport s = records.findByPlanId(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        SupportPlan plan = planOf(s, planId);
        if (!viewer.is(Role.PARENT) || !plan.isSharedWithFamily() || !children.canSee(viewer, s.getChildId())) {
            refuse(viewer, planId);
        }
        s.recordSharing(shared, today(), true, today(), viewer.email());
        records.saveAndFlush(s);
        audit.record(viewer, AuditAction.CHILD_UPDATED, CHILD, s.getChildId(),
                "SEN Support " + (shared ? "shared" : "not shared") + " with the next school, by the parent");
    }

    /** Longest reasons a request for an EHC needs assessment holds (needs_assessment.reasons). */
    public static final int REQUEST_REASONS_MAX = 4000;

    /**
     * What the SENCO is shown before asking for an EHC needs assessment from a cycle reviewed with that next step:
     * any other cycle is not found, another school's is refused as {@link #plan} refuses it.
     */
    @Transactional
    public AssessmentRequestDraft assessmentRequest(Viewer viewer, long planId) {
        SenSupport s = requestingRecord(viewer, planId);
        SupportPlan plan = planOf(s, planId);
        audit.record(viewer, AuditAction.PLAN_VIEWED, PLAN, planId, "to request an EHC needs assessment");
        return new AssessmentRequestDraft(view(s, plan, false), s.plans().size(), plan.getReviewNotes(),
                assessments.openCaseReceived(s.getChildId()).orElse(null));
    }

    /**
     * "Tell it once": the SENCO asks for an EHC needs assessment from a cycle reviewed with that next step. The
     * request is received today through {@link NeedsAssessments#receiveFromSchool}, its source the school, its
     * evidence this SEN Support record (linked by id; its cycles are read from here when the case is opened).
     * Refused, on the reasons or the step, when the reasons are missing or too long, when the pupil is no longer
     * at SEN Support here, or when the child already has an open case.
     */
    @Transactional
    public RequestedAssessment requestAssessment(Viewer viewer, long planId, String reasons) {
        SenSupport s = requestingRecord(viewer, planId);
        if (!s.isOpen()) {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.notAtSenSupport",
                    "The pupil's SEN Support has ended");
        }
        if (reasons == null || reasons.isBlank()) {
            throw new SupportRefusal(SupportRefusal.Field.TEXT, "support.error.requestReasonsRequired",
                    "Say why the school is asking for an assessment");
        }
        if (reasons.strip().length() > REQUEST_REASONS_MAX) {
            throw new SupportRefusal(SupportRefusal.Field.TEXT, "support.error.requestReasonsTooLong",
                    "The reasons are too long", REQUEST_REASONS_MAX);
        }
        assessments.openCaseReceived(s.getChildId()).ifPresent(open -> {
            throw new SupportRefusal(SupportRefusal.Field.STEP, "support.error.openCaseExists",
                    "The child already has an open needs assessment", open);
        });
        try {
            long caseId = assessments.receiveFromSchool(viewer,
                    new SchoolRequest(s.getChildId(), s.getSettingId(), s.getId(), today(), reasons.strip()));
            return new RequestedAssessment(caseId, s.getChildId());
        } catch (IllegalTransitionException refused) {
            throw new SupportRefusal(refused.field() == IllegalTransitionException.Field.TEXT
                    ? SupportRefusal.Field.TEXT : SupportRefusal.Field.STEP, refused.messageKey(), refused.getMessage(),
                    refused.arguments().toArray());
        }
    }

    /** A request for an EHC needs assessment the school made: the new case and the pupil. */
    public record RequestedAssessment(long assessmentId, long childId) {
    }

    /** The SENCO's own record holding a cycle reviewed with the next step "request an EHC needs assessment". */
    private SenSupport requestingRecord(Viewer viewer, long planId) {
        SenSupport s = records.findByPlanId(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        if (!isSencoOf(viewer, s)) {
            refuse(viewer, planId);
        }
        SupportPlan plan = planOf(s, planId);
        if (plan.getStatus() != PlanStatus.REVIEWED || plan.getNextStep() != NextStep.REQUEST_EHC_NEEDS_ASSESSMENT) {
            throw new NoSuchElementException("The cycle was not reviewed with a request for an assessment");
        }
        return s;
    }

    /**
     * A SEN Support record as the evidence of a request for an EHC needs assessment, for a caseworker whose
     * footprints hold the child: the school, the needs and every cycle. Anyone else is refused and audited.
     */
    @Transactional
    public SupportEvidence evidence(Viewer viewer, long recordId) {
        SenSupport s = records.findWithPlansById(recordId).orElseThrow(() -> new NoSuchElementException("No such record"));
        // one load of the child answers both whether the caseworker may see them and their name
        Optional<ChildIdentity> child = viewer.is(Role.CASEWORKER)
                ? children.visibleIdentity(viewer, s.getChildId()) : Optional.empty();
        if (child.isEmpty()) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, CHILD, s.getChildId(),
                    "SEN Support evidence outside scope");
            throw new NotInScopeException(CHILD);
        }
        audit.record(viewer, AuditAction.CHILD_VIEWED, CHILD, s.getChildId(),
                "SEN Support evidence, record " + recordId);
        String childName = child.get().fullName();
        String settingName = reference.settingView(s.getSettingId()).name();
        Map<Long, List<FamilyView>> sent = familyViews.forPlans(s.plans().stream().map(SupportPlan::getId).toList());
        return new SupportEvidence(s.getId(), s.getChildId(), settingName, s.getPrimaryNeed(), s.getSecondaryNeed(),
                s.getAddedOn(), s.getRemovedOn(),
                s.plans().stream().map(p -> view(s, p, false, childName, settingName,
                        sent.getOrDefault(p.getId(), List.of()))).toList());
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
        return view(s, p, editable, child == null ? "" : child.fullName(), reference.settingView(s.getSettingId()).name(),
                familyViews.forPlans(List.of(p.getId())).getOrDefault(p.getId(), List.of()));
    }

    private SupportPlanView view(SenSupport s, SupportPlan p, boolean editable, String childName, String settingName,
                                 List<FamilyView> sent) {
        return new SupportPlanView(p.getId(), s.getChildId(), childName, settingName, p.getCycle(), p.getKind(), p.getTier(),
                policy.tierName(p.getTier()), p.getStatus(),
                p.getStartsOn(), p.getReviewDue(),
                p.getStatus() == PlanStatus.OPEN ? policy.status(p.getReviewDue(), today()) : null,
                p.getAssessmentNotes(), p.isSharedWithFamily(), p.getReviewedOn(), p.getNextStep(), p.getChildViews(),
                p.getParentViews(), p.getReviewNotes(), p.getCreatedBy(), p.getReviewedBy(), p.outcomes(), p.provision(),
                p.totalCost(), p.weeklyHours(), p.getVersion(), editable, s.isSharedWithNextSchool(),
                false, sent);
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
