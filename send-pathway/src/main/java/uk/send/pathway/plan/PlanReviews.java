package uk.send.pathway.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.ChildCondition;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * The reviews of EHC plans: the caseworker's list of reviews due, each plan's reviews and next action, the
 * caseworker's steps (arrange, report, views, decision, proposed amendments, amended plan, ceasing), and the views
 * a parent or a SENCO gives online. Every read is scoped through {@link ChildDirectory}: a plan outside the viewer's
 * scope answers exactly as an unknown one (404), and is audited.
 */
@Service
public class PlanReviews {

    private final EhcPlanRepository plans;
    private final ReviewsDueQuery due;
    private final ChildDirectory children;
    private final StatutoryCalendar calendar;
    private final ReviewCycles cycles;
    private final AuditLog audit;
    private final Notifications notifications;
    private final Clock clock;

    PlanReviews(EhcPlanRepository plans, ReviewsDueQuery due, ChildDirectory children, StatutoryCalendar calendar,
                ReviewCycles cycles, AuditLog audit, Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.plans = plans;
        this.due = due;
        this.children = children;
        this.calendar = calendar;
        this.cycles = cycles;
        this.audit = audit;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- the list of reviews due

    /** One page of the reviews due in the viewer's scope, and the counts for the page's headline. */
    /**
     * Whether the review that leads to a phase transfer is under way, as SQL over {@code plan_review} for the plan
     * whose id is the column {@code planId}, for lists that filter and page by it in the database (the transfer
     * list): {@code 'HELD'} if a review meeting was held this academic year (on or after {@code :year_start}, on
     * or before {@code :today}), else {@code 'ARRANGED'} if a review in progress has its meeting still to come, else
     * {@code 'NOT_ARRANGED'} (the values of {@code TransferReview}). The caller binds {@code :year_start} and
     * {@code :today}.
     */
    public static String transferReviewSql(String planId) {
        return ("(case when exists (select 1 from plan_review r where r.plan_id = %1$s"
                + " and r.meeting_on between :year_start and :today) then 'HELD'"
                + " when exists (select 1 from plan_review r where r.plan_id = %1$s and r.status <> 'COMPLETED'"
                + " and r.meeting_on > :today) then 'ARRANGED' else 'NOT_ARRANGED' end)").formatted(planId);
    }

    /** The day of the meeting {@link #transferReviewSql} found (the latest held this year, else the one arranged), or null. */
    public static String transferReviewMeetingSql(String planId) {
        return ("coalesce((select max(r.meeting_on) from plan_review r where r.plan_id = %1$s"
                + " and r.meeting_on between :year_start and :today),"
                + " (select min(r.meeting_on) from plan_review r where r.plan_id = %1$s and r.status <> 'COMPLETED'"
                + " and r.meeting_on > :today))").formatted(planId);
    }

    public record DueList(Page<ReviewDue> page, long overdue, long thisMonth, long nextMonth) {
    }

    @Transactional(readOnly = true)
    public DueList due(Viewer viewer, ReviewsDueFilter filter, ReviewsDueSort sort, Pageable pageable) {
        requireCaseworker(viewer);
        ChildCondition condition = children.condition(viewer, filter.query(), filter.footprintId(), "c");
        LocalDate today = today();
        List<ReviewDue> rows = due.page(condition, filter, sort, today, pageable.getPageSize(), pageable.getOffset());
        long total = rows.size() < pageable.getPageSize() && (pageable.getOffset() == 0 || !rows.isEmpty())
                ? pageable.getOffset() + rows.size() : due.count(condition, filter, today);
        ReviewsDueQuery.Counts counts = due.counts(children.condition(viewer, null, null, "c"), today);
        return new DueList(new PageImpl<>(rows, pageable, total), counts.overdue(), counts.thisMonth(), counts.nextMonth());
    }

    /** Every review due matching the filter, in order, a batch at a time (the CSV). */
    @Transactional(readOnly = true)
    public void eachDue(Viewer viewer, ReviewsDueFilter filter, ReviewsDueSort sort, Consumer<ReviewDue> action) {
        requireCaseworker(viewer);
        due.each(children.condition(viewer, filter.query(), filter.footprintId(), "c"), filter, sort, today(), action);
    }

    // --- one plan's reviews

    /** A plan's reviews and next action, for a caseworker whose scope includes the child. */
    @Transactional(readOnly = true)
    public ReviewRecord view(Viewer viewer, long planId) {
        EhcPlan plan = caseworkersPlan(viewer, planId);
        return record(plan);
    }

    private ReviewRecord record(EhcPlan plan) {
        ChildIdentity child = children.identities(List.of(plan.getChildId())).get(plan.getChildId());
        LocalDate today = today();
        ReviewView current = plan.openReview().map(this::view).orElse(null);
        List<ReviewView> past = new java.util.ArrayList<>(plan.reviews().stream().filter(r -> !r.isOpen()).map(this::view).toList());
        java.util.Collections.reverse(past);
        return new ReviewRecord(plan.getId(), plan.getChildId(), child.fullName(), child.dateOfBirth(),
                plan.getReviewDueOn(), plan.getReviewDueOn() == null ? null : calendar.status(plan.getReviewDueOn(), today),
                plan.getReviewOverdueOn(), current, past, plan.getCeasedOn(), plan.getCeaseReason(),
                plan.nextAction(), plan.getVersion());
    }

    private ReviewView view(PlanReview r) {
        Map<ViewsFrom, String> views = new EnumMap<>(ViewsFrom.class);
        for (ViewsFrom from : ViewsFrom.values()) {
            if (r.views(from) != null) {
                views.put(from, r.views(from));
            }
        }
        return new ReviewView(r.getId(), r.getDueOn(), r.getMeetingOn(), r.getStatus(),
                calendar.reviewReportDue(r.getMeetingOn()), r.getReportReceivedOn(), views, r.getChildViewsOnlineOn(),
                r.getParentViewsOn(),
                r.getSettingViewsOn(), r.getDecision(), calendar.reviewDecisionDue(r.getMeetingOn()), r.getDecidedOn(),
                r.getProposedVersion(), r.getProposedOn(),
                r.getProposedOn() == null ? null : calendar.amendmentCommentsCloseOn(r.getProposedOn()),
                r.getFamilyComments(), r.getFamilyCommentsOn(),
                r.getProposedOn() == null ? null : calendar.amendedPlanDue(r.getProposedOn()),
                r.getAmendedVersion(), r.getAmendedOn(), r.getNoticeGivenOn(),
                calendar.shortNotice(r.getNoticeGivenOn(), r.getMeetingOn()));
    }

    /**
     * A caseworker's step in a plan's review, refused if the plan changed since the page was opened (its version),
     * outside their scope, or by the rules ({@link ReviewRefusal}, naming the field).
     */
    @Transactional
    public ReviewRecord take(Viewer viewer, long planId, int version, ReviewCommand command) {
        EhcPlan plan = caseworkersPlan(viewer, planId);
        if (plan.getVersion() != version) {
            throw new OptimisticLockingFailureException("The plan was changed by someone else since it was opened");
        }
        LocalDate today = today();
        String by = viewer.email();
        if (command instanceof ReviewCommand.Arrange c) {
            plan.arrangeReview(c.meetingOn(), today, by);
        } else if (command instanceof ReviewCommand.MoveMeeting c) {
            plan.moveMeeting(c.meetingOn(), today);
        } else if (command instanceof ReviewCommand.ReceiveReport c) {
            plan.receiveReport(c.on(), today);
        } else if (command instanceof ReviewCommand.GiveViews c) {
            plan.giveViews(c.from(), c.text(), today);
        } else if (command instanceof ReviewCommand.Decide c) {
            plan.decide(c.decision(), c.on(), c.reason(), today, cycles.forChild(plan.getChildId()), by);
        } else if (command instanceof ReviewCommand.ProposeAmendments c) {
            plan.proposeAmendments(c.on(), today, by);
        } else if (command instanceof ReviewCommand.RecordFamilyComments c) {
            plan.receiveFamilyComments(c.text(), c.on(), today);
        } else if (command instanceof ReviewCommand.IssueAmended c) {
            plan.issueAmended(c.on(), today, by);
        }
        plans.saveAndFlush(plan);
        audit.record(viewer, command instanceof ReviewCommand.Decide d && d.decision() == ReviewDecision.CEASE
                ? AuditAction.PLAN_CEASED : AuditAction.PLAN_REVIEW_STEP_RECORDED, EhcPlans.ENTITY, planId,
                command.description());
        return record(plan);
    }

    // --- views given online by a parent (their child) or a SENCO (a pupil on roll)

    /** The review in progress on a plan, as a parent or SENCO whose scope includes the child sees it. */
    @Transactional(readOnly = true)
    public ReviewInvitation invitation(Viewer viewer, long planId) {
        EhcPlan plan = familyOrSchoolPlan(viewer, planId);
        PlanReview review = plan.openReview().orElseThrow(() -> new NoSuchElementException("No review in progress"));
        return invitation(viewer, plan, review);
    }

    private ReviewInvitation invitation(Viewer viewer, EhcPlan plan, PlanReview review) {
        ViewsFrom whose = whose(viewer);
        boolean family = viewer.isFamily();
        ChildIdentity child = children.identities(List.of(plan.getChildId())).get(plan.getChildId());
        LocalDate closes = review.getProposedOn() == null ? null : calendar.amendmentCommentsCloseOn(review.getProposedOn());
        boolean commentsOpen = family && closes != null && review.getAmendedOn() == null && !today().isAfter(closes);
        LocalDate givenOn = switch (whose) {
            case CHILD -> review.getChildViewsOnlineOn();
            case PARENT -> review.getParentViewsOn();
            default -> review.getSettingViewsOn();
        };
        // a young person sees the views they gave themselves, not the child's views a caseworker recorded
        String views = whose == ViewsFrom.CHILD && givenOn == null ? null : review.views(whose);
        return new ReviewInvitation(plan.getId(), child.fullName(), whose, review.getMeetingOn(), review.getDecision() == null,
                views, givenOn, family ? review.getProposedVersion() : null, family ? closes : null,
                commentsOpen, family ? review.getFamilyComments() : null);
    }

    /** The plan ids of reviews in progress that ask this parent or SENCO for views, among the given plans. */
    @Transactional(readOnly = true)
    public Optional<Long> openReviewFor(Viewer viewer, long childId) {
        if (!(viewer.isFamily() || viewer.is(Role.SENCO)) || !children.canSee(viewer, childId)) {
            return Optional.empty();
        }
        return plans.findByChildIdAndCeasedOnIsNull(childId).filter(p -> p.openReview().isPresent()).map(EhcPlan::getId);
    }

    /**
     * A parent's, a young person's (the child's own) or a SENCO's views, given online before the decision. The
     * family's confirmation email of exactly what they sent is queued in the same transaction; a SENCO gets none
     * ({@code confirmation} null).
     */
    @Transactional
    public void giveViewsOnline(Viewer viewer, long planId, String text, Email confirmation) {
        EhcPlan plan = familyOrSchoolPlan(viewer, planId);
        plan.giveViewsOnline(whose(viewer), text, today());
        plans.saveAndFlush(plan);
        audit.record(viewer, AuditAction.PLAN_REVIEW_VIEWS_GIVEN, EhcPlans.ENTITY, planId, "views: " + whose(viewer));
        if (viewer.isFamily() && confirmation != null) {
            notifications.queue(viewer.userId(), confirmation);
        }
    }

    /** A parent's comments on the proposed amendments, online, while the 15 days run. */
    @Transactional
    public void commentOnAmendments(Viewer viewer, long planId, String text) {
        if (!viewer.isFamily()) {
            throw new NotInScopeException(EhcPlans.ENTITY);
        }
        EhcPlan plan = familyOrSchoolPlan(viewer, planId);
        PlanReview review = plan.openReview().orElseThrow(() -> new NoSuchElementException("No review in progress"));
        if (!invitation(viewer, plan, review).commentsOpen()) {
            throw new ReviewRefusal(ReviewRefusal.Field.TEXT, "review.error.commentsClosed", "The comment window is closed");
        }
        plan.receiveFamilyComments(text, today(), today());
        plans.saveAndFlush(plan);
        audit.record(viewer, AuditAction.PLAN_REVIEW_VIEWS_GIVEN, EhcPlans.ENTITY, planId, "comments on proposed amendments");
    }

    /**
     * Whose views a person gives online: a young person's are their own, the child's (never the parents'); a
     * parent's the parents'; a SENCO's the setting's.
     */
    static ViewsFrom whose(Viewer viewer) {
        if (viewer.is(Role.YOUNG_PERSON)) {
            return ViewsFrom.CHILD;
        }
        return viewer.isFamily() ? ViewsFrom.PARENT : ViewsFrom.SETTING;
    }

    // --- scope

    private static void requireCaseworker(Viewer viewer) {
        if (!viewer.is(Role.CASEWORKER)) {
            throw new NotInScopeException(EhcPlans.ENTITY);
        }
    }

    private EhcPlan caseworkersPlan(Viewer viewer, long planId) {
        EhcPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        if (!viewer.is(Role.CASEWORKER) || !children.canSee(viewer, plan.getChildId())) {
            refuse(viewer, planId);
        }
        return plan;
    }

    private EhcPlan familyOrSchoolPlan(Viewer viewer, long planId) {
        EhcPlan plan = plans.findById(planId).orElseThrow(() -> new NoSuchElementException("No such plan"));
        if (!(viewer.isFamily() || viewer.is(Role.SENCO)) || !children.canSee(viewer, plan.getChildId())
                || plan.getCeasedOn() != null) {
            refuse(viewer, planId);
        }
        return plan;
    }

    /** Out of scope answers as an unknown plan (404), and is audited in its own transaction. */
    private void refuse(Viewer viewer, long planId) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, EhcPlans.ENTITY, planId,
                "review outside scope");
        throw new NoSuchElementException("No such plan");
    }
}
