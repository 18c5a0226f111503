package uk.send.pathway.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildCondition;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.children.ChildRecord;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.calendar.DeadlineStatus;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * EHC needs assessments for caseworkers: the caseload in their footprints, each case, and every step,
 * scoped through the child's record, audited, and checked against the statutory calendar.
 */
@Service
public class NeedsAssessments {

    static final String ENTITY = "ASSESSMENT";
    static final Set<Stage> OPEN = EnumSet.of(Stage.REQUESTED, Stage.ASSESSING, Stage.DRAFTING, Stage.DRAFT_ISSUED);

    private final NeedsAssessmentRepository assessments;
    private final ChildDirectory children;
    private final AccountService accounts;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferenceData reference;
    private final CaseloadQuery caseloadQuery;

    NeedsAssessments(NeedsAssessmentRepository assessments, ChildDirectory children, AccountService accounts,
                     StatutoryCalendar calendar, AuditLog audit, Clock clock, ReferenceData reference,
                     CaseloadQuery caseloadQuery) {
        this.caseloadQuery = caseloadQuery;
        this.reference = reference;
        this.assessments = assessments;
        this.children = children;
        this.accounts = accounts;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A caseworker's caseload: one page of cases, and the counts the dashboard shows above them. */
    public record Caseload(Page<AssessmentSummary> page, Map<Stage, Long> countsByStage, long overdue) {
    }

    /**
     * The open cases of the children this caseworker may see, searched and filtered, ordered, one page of
     * them; with counts per stage and of overdue cases over all the viewer's open cases matching the search.
     * Two statements (the grouped counts, the page) plus the search's audit row: the database filters, orders and
     * pages on the next statutory date each case keeps ({@link NeedsAssessment#getNextDueDate}).
     */
    @Transactional(readOnly = true)
    public Caseload caseload(Viewer viewer, CaseloadFilter filter, CaseloadSort sort, Pageable pageable) {
        requireCaseworker(viewer);
        ChildCondition scope = children.condition(viewer, filter.query(), filter.footprintId(), "c");
        CaseloadQuery.Today today = CaseloadQuery.Today.of(today());
        List<CaseloadQuery.Count> counted = caseloadQuery.counts(scope, today);
        Map<Stage, Long> counts = new EnumMap<>(Stage.class);
        OPEN.forEach(s -> counts.put(s, 0L));
        counted.forEach(c -> counts.merge(c.stage(), c.cases(), Long::sum));
        long overdue = counted.stream().filter(c -> c.status() == DeadlineStatus.OVERDUE)
                .mapToLong(CaseloadQuery.Count::cases).sum();
        long matching = counted.stream()
                .filter(c -> filter.stage() == null || c.stage() == filter.stage())
                .filter(c -> filter.status() == null || c.status() == filter.status())
                .filter(c -> filter.need() == null || c.need() == filter.need())
                .mapToLong(CaseloadQuery.Count::cases).sum();
        children.auditSearch(viewer, filter.query(), counted.stream().mapToLong(CaseloadQuery.Count::cases).sum());
        CaseloadSort order = sort == null ? CaseloadSort.NEXT_DUE : sort;
        List<CaseloadQuery.Row> rows = caseloadQuery.page(scope, filter, order, today,
                pageable.isPaged() ? pageable.getPageSize() : null, pageable.isPaged() ? pageable.getOffset() : 0);
        List<AssessmentSummary> page = rows.stream().map(r -> summary(r, today.today())).toList();
        return new Caseload(pageable.isPaged() ? new PageImpl<>(page, pageable, matching) : new PageImpl<>(page),
                counts, overdue);
    }

    /**
     * Every open case {@link #caseload} would list (all pages, most urgent first), handed one at a time to
     * {@code each} as the database returns them: for a download of the whole caseload without holding it.
     */
    @Transactional(readOnly = true)
    public void eachCase(Viewer viewer, CaseloadFilter filter, Consumer<AssessmentSummary> each) {
        requireCaseworker(viewer);
        ChildCondition scope = children.condition(viewer, filter.query(), filter.footprintId(), "c");
        CaseloadQuery.Today today = CaseloadQuery.Today.of(today());
        caseloadQuery.each(scope, filter, CaseloadSort.NEXT_DUE, today, r -> each.accept(summary(r, today.today())));
    }

    private AssessmentSummary summary(CaseloadQuery.Row r, LocalDate today) {
        NextDeadline next = r.nextDue() != null ? new NextDeadline(r.nextKind(), r.nextDue())
                // written before the kept date existed and not yet filled at start-up: worked out from the case
                : assessments.findWithAdvice(r.id()).flatMap(a -> a.nextDeadline(calendar)).orElseThrow();
        return new AssessmentSummary(r.id(), r.child(), r.stage(), r.requestReceived(), next,
                calendar.status(next.due(), today), calendar.daysUntil(next.due(), today));
    }

    /** One case, with the child's record; refused (and audited) outside the viewer's scope. */
    @Transactional
    public AssessmentRecord view(Viewer viewer, long id) {
        requireCaseworker(viewer);
        NeedsAssessment a = assessments.findWithAdvice(id).orElseThrow(() -> new NoSuchElementException("No such assessment"));
        ChildRecord child = children.view(viewer, a.getChildId());
        audit.record(viewer, AuditAction.ASSESSMENT_VIEWED, ENTITY, id);
        return record(a, child);
    }

    /** The assessments of one child the viewer may see, newest first. */
    @Transactional(readOnly = true)
    public List<AssessmentSummaryForChild> forChild(Viewer viewer, long childId) {
        if (!children.canSee(viewer, childId)) {
            return List.of();
        }
        return assessments.findByChildIdOrderByRequestReceivedDesc(childId).stream()
                .map(a -> new AssessmentSummaryForChild(a.getId(), a.getStage(), a.getRequestReceived(), kept(a)))
                .toList();
    }

    /** The case's kept next statutory date, without loading its advice; worked out only if not yet kept. */
    private NextDeadline kept(NeedsAssessment a) {
        if (a.getNextDueDate() != null) {
            return new NextDeadline(a.getNextDueKind(), a.getNextDueDate());
        }
        return a.getStage().isClosed() ? null : a.nextDeadline(calendar).orElse(null);
    }

    /**
     * A request has been received: the case opens and the clock starts. Refused when the child already has an
     * open case (one at a time: a further request belongs to that case), and when it is dated in the future or
     * before the child was born.
     */
    @Transactional
    public long receiveRequest(Viewer viewer, NewRequest request) {
        requireCaseworker(viewer);
        if (!children.canSee(viewer, request.childId())) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, "CHILD", request.childId(),
                    "assessment request outside scope");
            throw new NotInScopeException("CHILD");
        }
        requireNoOpenCase(request.childId());
        ChildIdentity child = children.identities(Set.of(request.childId())).get(request.childId());
        NeedsAssessment a = NeedsAssessment.receiveRequest(request.childId(), child == null ? null : child.dateOfBirth(),
                request.requestedBy(), request.received(), request.reasons(), request.evidence(), clock, actor(viewer));
        try {
            assessments.saveAndFlush(a);
        } catch (DataIntegrityViolationException refused) {
            // the partial unique index: someone else opened a case for the child since the check above
            if (String.valueOf(refused.getMessage()).contains("needs_assessment_one_open_per_child")) {
                throw new IllegalTransitionException(IllegalTransitionException.Field.REQUESTER,
                        "assessment.error.openCaseOpenedMeanwhile", "Another case was opened for the child meanwhile");
            }
            throw refused;
        }
        audit.record(viewer, AuditAction.ASSESSMENT_REQUESTED, ENTITY, a.getId(), "child " + request.childId());
        return a.getId();
    }

    /**
     * A school's request, sent by its SENCO ({@link SchoolRequest}): the pupil must be on roll at the SENCO's own
     * setting (anyone else is refused and audited, as an unknown child would be); refused like any request when
     * the child already has an open case. The case then waits on the caseload of the child's home footprint.
     */
    @Transactional
    public long receiveFromSchool(Viewer viewer, SchoolRequest request) {
        if (!viewer.is(Role.SENCO) || viewer.settingId() == null || viewer.settingId() != request.settingId()
                || !children.canSee(viewer, request.childId())) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, "CHILD", request.childId(),
                    "school's assessment request outside scope");
            throw new NotInScopeException("CHILD");
        }
        requireNoOpenCase(request.childId());
        ChildIdentity child = children.identities(Set.of(request.childId())).get(request.childId());
        NeedsAssessment a = NeedsAssessment.receiveSchoolRequest(request, child == null ? null : child.dateOfBirth(),
                clock, actor(viewer));
        try {
            assessments.saveAndFlush(a);
        } catch (DataIntegrityViolationException refused) {
            if (String.valueOf(refused.getMessage()).contains("needs_assessment_one_open_per_child")) {
                throw new IllegalTransitionException(IllegalTransitionException.Field.REQUESTER,
                        "assessment.error.openCaseOpenedMeanwhile", "Another case was opened for the child meanwhile");
            }
            throw refused;
        }
        audit.record(viewer, AuditAction.ASSESSMENT_REQUESTED, ENTITY, a.getId(),
                "child " + request.childId() + " by the school, SEN Support record " + request.supportRecordId());
        return a.getId();
    }

    /** The date of the child's open case, if they have one: a school is told before it writes a request. */
    @Transactional(readOnly = true)
    public java.util.Optional<LocalDate> openCaseReceived(long childId) {
        return assessments.findFirstByChildIdAndStageIn(childId, OPEN).map(NeedsAssessment::getRequestReceived);
    }

    private void requireNoOpenCase(long childId) {
        assessments.findFirstByChildIdAndStageIn(childId, OPEN).ifPresent(open -> {
            throw new IllegalTransitionException(IllegalTransitionException.Field.REQUESTER, "assessment.error.openCaseExists",
                    "The child already has an open needs assessment", open.getRequestReceived());
        });
    }

    /**
     * Takes one step on a case. Refused outside the viewer's scope; refused with a conflict when someone
     * else has changed the case since the viewer opened it (its version); the aggregate refuses a step that
     * is not open at its stage, or whose dates or text are wrong ({@link IllegalTransitionException}, saying
     * which field). The events the step raises are published as the case is saved, inside this transaction.
     */
    @Transactional
    public void take(Viewer viewer, long id, int version, AssessmentCommand command) {
        requireCaseworker(viewer);
        NeedsAssessment a = assessments.findWithAdvice(id).orElseThrow(() -> new NoSuchElementException("No such assessment"));
        if (!children.canSee(viewer, a.getChildId())) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, id, "outside scope");
            throw new NotInScopeException(ENTITY);
        }
        if (a.getVersion() != version) {
            throw new OptimisticLockingFailureException("The assessment was changed by someone else");
        }
        requireKnownSetting(command);
        a.handle(command, clock, calendar, actor(viewer), this::settingName);
        requireAdviserAccounts(a);
        assessments.saveAndFlush(a);
        audit.record(viewer, AuditAction.ASSESSMENT_STEP_RECORDED, ENTITY, id, command.step().name());
    }

    /** A setting chosen in a step must exist, or the step is refused on the setting field (not by a foreign key). */
    private void requireKnownSetting(AssessmentCommand command) {
        Long settingId = null;
        if (command instanceof AssessmentCommand.RecordDraftResponse c) {
            settingId = c.preferredSettingId();
        } else if (command instanceof AssessmentCommand.ConsultSetting c) {
            settingId = c.settingId();
        } else if (command instanceof AssessmentCommand.Finalise c) {
            settingId = c.namedSettingId();
        }
        if (settingId != null && !reference.isSetting(settingId)) {
            throw new IllegalTransitionException(IllegalTransitionException.Field.SETTING, "assessment.error.noSuchSetting",
                    "No such setting");
        }
    }

    /**
     * Advice asked of someone with an account (in this step: requests not yet saved have no id) may only be
     * asked of an adviser's account, or advice requests would reach people whose role is not to answer them.
     */
    private void requireAdviserAccounts(NeedsAssessment a) {
        List<Long> named = a.getAdviceRequests().stream().filter(r -> r.getId() == null)
                .map(AdviceRequest::getAdviserId).filter(Objects::nonNull).toList();
        for (Long adviserId : named) {
            if (!accounts.isActive(adviserId, Role.ADVISER)) {
                throw new IllegalTransitionException(IllegalTransitionException.Field.ADVISER, "assessment.error.notAnAdviser",
                        "Advice can only be asked of an adviser's account");
            }
        }
    }

    private AssessmentRecord record(NeedsAssessment a, ChildRecord child) {
        LocalDate today = today();
        var next = a.nextDeadline(calendar);
        var m = new AssessmentRecord.Milestones(a.getRequestReceived(), a.getDecidedToAssessOn(), a.getRefusedOn(),
                a.getRefusalReasons(), a.getDecidedToIssueOn(), a.getDecidedNotToIssueOn(), a.getNotToIssueReasons(),
                a.getDraftIssuedOn(), a.getDraftResponseOn(), a.getDraftResponse(), a.getPreferredSettingId(),
                a.getFinalIssuedOn(), a.getNamedSettingId(),
                a.getDraftIssuedOn() == null ? null : calendar.earliestFinalisationDate(a.getDraftIssuedOn()),
                NeedsAssessment.latestDraftDate(a.deadlines(calendar)), a.isDraftResponseOnline(), a.getDraftResponseBy(),
                // the family's section comments come only with an answer sent online: no query for the rest
                a.isDraftResponseOnline() ? a.getDraftComments() : List.of());
        // the advisers named, in one statement however many requests the case has
        Map<Long, String> advisers = accounts.displayNames(a.getAdviceRequests().stream()
                .map(AdviceRequest::getAdviserId).filter(Objects::nonNull).collect(Collectors.toSet()));
        // every setting the case names (consulted, preferred, named, the school that asked), in one statement
        Set<Long> settingIds = a.getConsultations().stream().map(c -> c.getSettingId()).collect(Collectors.toSet());
        java.util.stream.Stream.of(a.getPreferredSettingId(), a.getNamedSettingId(), a.getRequestingSettingId())
                .filter(Objects::nonNull).forEach(settingIds::add);
        Map<Long, String> settings = reference.settingNames(settingIds);
        return new AssessmentRecord(a.getId(), child, a.getStage(), a.getRequestedBy(), a.getReasons(), a.getEvidence(),
                a.deadlines(calendar), next, next.map(n -> calendar.status(n.due(), today)),
                next.map(n -> calendar.daysUntil(n.due(), today)).orElse(0L), a.timeliness(calendar), m,
                a.getAdviceRequests().stream().map(r -> new AssessmentRecord.AdviceView(r.getId(), r.getSource(),
                        r.getAddressee(), r.getRequestedOn(), r.getDueOn(), r.getReceivedOn(), r.getAdvice(),
                        r.isReceived() ? null : calendar.status(r.getDueOn(), today),
                        calendar.daysUntil(r.getDueOn(), today),
                        r.getAdviserId() == null ? null : advisers.get(r.getAdviserId()),
                        r.isSubmittedByAdviser())).toList(),
                a.getConsultations().stream().map(c -> new AssessmentRecord.ConsultationView(c.getSettingId(),
                        settings.get(c.getSettingId()), c.getConsultedOn(), c.getResponseDueOn())).toList(),
                a.getExceptions(),
                a.getTimeline().stream().map(e -> new AssessmentRecord.EventView(e.getType(), e.getOccurredOn(),
                        e.getRecordedAt(), e.getActor(), e.getDetail(), e.getDueOn())).toList(),
                a.openSteps(), a.getVersion(),
                a.getRequestingSettingId() == null ? null : new AssessmentRecord.FromSchool(a.getRequestingSettingId(),
                        settings.get(a.getRequestingSettingId()), a.getSupportRecordId()),
                settings);
    }

    private String settingName(long settingId) {
        return reference.settingNames(List.of(settingId)).get(settingId);
    }

    private static Actor actor(Viewer viewer) {
        return new Actor(viewer.userId(), viewer.email());
    }

    private static void requireCaseworker(Viewer viewer) {
        if (!viewer.is(Role.CASEWORKER)) {
            throw new NotInScopeException(ENTITY);
        }
    }

    /** A child's assessment, in brief, for the child's record. */
    public record AssessmentSummaryForChild(long id, Stage stage, LocalDate requestReceived, NextDeadline nextDeadline) {
    }
}
