package uk.send.pathway.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;
import uk.send.domain.reference.ReferenceData;
import uk.send.pathway.calendar.AssessmentDeadlines;
import uk.send.pathway.calendar.CommentWindow;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * Needs assessments as the family follows them: a parent (or a young person holding their own account) sees the
 * cases of their own children only, and answers a draft plan themselves. Every case read is scoped through
 * {@link ChildDirectory}; a case outside the family is refused and the refusal audited.
 */
@Service
public class FamilyCases {

    private final NeedsAssessmentRepository assessments;
    private final ChildDirectory children;
    private final AccountService accounts;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;
    private final ReferenceData reference;
    private final Notifications notifications;

    FamilyCases(NeedsAssessmentRepository assessments, ChildDirectory children, AccountService accounts,
                StatutoryCalendar calendar, AuditLog audit, Clock clock, ReferenceData reference,
                Notifications notifications) {
        this.assessments = assessments;
        this.children = children;
        this.accounts = accounts;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.reference = reference;
        this.notifications = notifications;
    }

    /**
     * The newest case of each of these children that is the viewer's own (the children are checked again in one
     * scoped query: a child of another family is left out), keyed by child.
     */
    @Transactional(readOnly = true)
    public Map<Long, FamilyCase> latestFor(Viewer viewer, Collection<Long> childIds) {
        requireParent(viewer);
        Set<Long> own = children.visibleAmong(viewer, childIds);
        Map<Long, FamilyCase> latest = new LinkedHashMap<>();
        if (own.isEmpty()) {
            return latest;
        }
        LocalDate today = LocalDate.now(clock);
        for (NeedsAssessment a : assessments.findByChildIdInOrderByRequestReceivedDescIdDesc(own)) {
            if (!latest.containsKey(a.getChildId())) {
                latest.put(a.getChildId(), familyView(a, today, viewer));
            }
        }
        return latest;
    }

    /** One case of the viewer's own child; refused, and the refusal audited, for anyone else's. */
    @Transactional
    public FamilyCase view(Viewer viewer, long id) {
        NeedsAssessment a = own(viewer, id);
        audit.record(viewer, AuditAction.ASSESSMENT_VIEWED, NeedsAssessments.ENTITY, id, "by the family");
        return familyView(a, LocalDate.now(clock), viewer);
    }

    /**
     * The family answers the draft themselves: it becomes the case's response to the draft (the caseworker no
     * longer types it in), raising {@link AssessmentEvent.DraftResponseReceived}; audited; and the confirmation
     * email of exactly what was sent is queued in the same transaction. Refused for another family's case, for
     * a case changed since the page was opened (its version), and by the aggregate when no draft awaits an answer.
     */
    @Transactional
    public void respondToDraft(Viewer viewer, long id, int version, FamilyDraftResponse response, Email confirmation) {
        NeedsAssessment a = own(viewer, id);
        if (a.getVersion() != version) {
            throw new OptimisticLockingFailureException("The case was changed since the page was opened");
        }
        if (response.preferredSettingId() != null && !reference.isSetting(response.preferredSettingId())) {
            throw new IllegalTransitionException(IllegalTransitionException.Field.SETTING, "assessment.error.noSuchSetting",
                    "No such setting");
        }
        DraftResponder responder = DraftResponder.of(viewer.role());
        a.receiveFamilyResponse(response, clock, new Actor(viewer.userId(), viewer.email()), responder);
        assessments.saveAndFlush(a);
        audit.record(viewer, AuditAction.ASSESSMENT_STEP_RECORDED, NeedsAssessments.ENTITY, id,
                AssessmentStep.RECORD_DRAFT_RESPONSE.name() + " online by " + responder.words());
        notifications.queue(viewer.userId(), confirmation);
    }

    private NeedsAssessment own(Viewer viewer, long id) {
        requireParent(viewer);
        NeedsAssessment a = assessments.findWithAdvice(id).orElseThrow(() -> new NoSuchElementException("No such assessment"));
        if (!children.canSee(viewer, a.getChildId())) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, NeedsAssessments.ENTITY, id,
                    "another family's case");
            throw new NotInScopeException(NeedsAssessments.ENTITY);
        }
        return a;
    }

    private static void requireParent(Viewer viewer) {
        if (!viewer.isFamily()) {
            throw new NotInScopeException(NeedsAssessments.ENTITY);
        }
    }

    private FamilyCase familyView(NeedsAssessment a, LocalDate today, Viewer viewer) {
        var next = a.nextDeadline(calendar);
        CommentWindow window = a.getStage() == Stage.DRAFT_ISSUED
                ? CommentWindow.of(calendar, a.getDraftIssuedOn(), today) : null;
        return new FamilyCase(a.getId(), a.getChildId(), a.getStage(), a.getRequestReceived(), next,
                next.map(n -> calendar.status(n.due(), today)), next.map(n -> calendar.daysUntil(n.due(), today)).orElse(0L),
                statutoryDates(a, today), timeline(a), caseworker(a), window, response(a, viewer), a.getVersion(),
                a.getRequestingSettingId() == null ? null : reference.settingView(a.getRequestingSettingId()).name());
    }

    /** The dates the council must meet on this case, each met, late, due, overdue or no longer due. */
    private List<FamilyCase.StatutoryDate> statutoryDates(NeedsAssessment a, LocalDate today) {
        AssessmentDeadlines d = a.deadlines(calendar);
        boolean noPlan = a.getStage() == Stage.REFUSED || a.getStage() == Stage.NOT_ISSUED;
        List<FamilyCase.StatutoryDate> dates = new ArrayList<>();
        LocalDate decided = a.getDecidedToAssessOn() != null ? a.getDecidedToAssessOn() : a.getRefusedOn();
        dates.add(date(NextDeadline.What.DECISION_TO_ASSESS, d.decisionToAssessDue(), decided, false, today));
        if (a.getStage() == Stage.NOT_ISSUED) {
            dates.add(date(NextDeadline.What.DECISION_NOT_TO_ISSUE, d.decisionNotToIssueDue(), a.getDecidedNotToIssueOn(),
                    false, today));
        }
        dates.add(date(NextDeadline.What.DRAFT, NeedsAssessment.latestDraftDate(d), a.getDraftIssuedOn(), noPlan, today));
        dates.add(date(NextDeadline.What.FINAL_PLAN, d.finalPlanDue(), a.getFinalIssuedOn(), noPlan, today));
        return dates;
    }

    private FamilyCase.StatutoryDate date(NextDeadline.What what, LocalDate due, LocalDate metOn, boolean notNeeded,
                                          LocalDate today) {
        FamilyCase.Outcome outcome;
        if (metOn != null) {
            outcome = metOn.isAfter(due) ? FamilyCase.Outcome.LATE : FamilyCase.Outcome.MET;
        } else if (notNeeded) {
            outcome = FamilyCase.Outcome.NOT_NEEDED;
        } else {
            outcome = calendar.daysUntil(due, today) < 0 ? FamilyCase.Outcome.OVERDUE : FamilyCase.Outcome.DUE;
        }
        return new FamilyCase.StatutoryDate(what, due, metOn, outcome);
    }

    /**
     * The timeline without what is internal: no reg 10(4) exceptions (their notes are about the family's private
     * circumstances and are the council's working), no staff names, no free text but the setting consulted.
     */
    private static List<FamilyCase.FamilyEvent> timeline(NeedsAssessment a) {
        return a.getTimeline().stream().filter(e -> e.getType() != EventType.EXCEPTION_RECORDED)
                .map(e -> new FamilyCase.FamilyEvent(e.getType(), e.getOccurredOn(), e.getDueOn(),
                        e.getType() == EventType.SETTING_CONSULTED ? e.getDetail() : null))
                .toList();
    }

    /** The caseworker who last took a step on the case (the family's own steps are not a caseworker's). */
    private String caseworker(NeedsAssessment a) {
        List<TimelineEvent> steps = a.getTimeline();
        for (int i = steps.size() - 1; i >= 0; i--) {
            var account = accounts.find(steps.get(i).getActorId()).filter(v -> v.role() == Role.CASEWORKER);
            if (account.isPresent()) {
                return account.map(AccountView::displayName).get();
            }
        }
        return null;
    }

    private FamilyCase.Response response(NeedsAssessment a, Viewer viewer) {
        if (a.getDraftResponseOn() == null) {
            return null;
        }
        DraftResponder by = a.getDraftResponseBy();
        return new FamilyCase.Response(a.getDraftResponseOn(), a.isDraftResponseOnline(), a.getDraftResponse(),
                a.getDraftComments(),
                a.getPreferredSettingId() == null ? null : reference.settingView(a.getPreferredSettingId()).name(),
                by, by == null || by == DraftResponder.of(viewer.role()));
    }
}
