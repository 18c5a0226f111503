package uk.send.pathway.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.send.domain.reference.SettingType;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * An EHC plan, keyed by the child: one working copy that caseworkers write, and the numbered versions issued
 * from it, each of which never changes. It outlives the assessment that produced it (its origin, if any).
 * Issuing a final or an amended plan raises {@link PlanFinalised}, published when the plan is saved.
 */
@Entity
@Table(name = "ehc_plan")
class EhcPlan extends AbstractAggregateRoot<EhcPlan> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "origin_assessment_id")
    private Long originAssessmentId;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "ceased_on")
    private LocalDate ceasedOn;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("number")
    private List<PlanVersion> versions = new ArrayList<>();

    /** When the next review meeting is due; null until the plan is first issued as final, and once ceased. */
    @Column(name = "review_due_on")
    private LocalDate reviewDueOn;

    /** The day the overdue job found the review due date passed with no meeting held; cleared by the next review. */
    @Column(name = "review_overdue_on")
    private LocalDate reviewOverdueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "cease_reason", length = 40)
    private CeaseReason ceaseReason;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<PlanReview> reviews = new ArrayList<>();

    @Version
    private int version;

    /** Whether a review is in progress, read with the plan (no second statement for a page that only needs this). */
    @org.hibernate.annotations.Formula("(exists (select 1 from plan_review r where r.plan_id = id and r.status <> 'COMPLETED'))")
    private boolean openReviewExists;

    private static final StatutoryCalendar CALENDAR = new StatutoryCalendar();

    protected EhcPlan() {
    }

    /**
     * A new plan with an empty working copy: once the council decides to issue one after an assessment (the
     * origin), or for a plan that came from elsewhere (no origin).
     */
    static EhcPlan start(long childId, Long originAssessmentId, String startedBy) {
        EhcPlan plan = new EhcPlan();
        plan.originAssessmentId = originAssessmentId;
        plan.childId = childId;
        plan.versions.add(PlanVersion.working(plan, startedBy));
        return plan;
    }

    PlanVersion working() {
        return versions.stream().filter(v -> v.getKind() == VersionKind.WORKING).findFirst().orElseThrow();
    }

    /** Applies a caseworker's change to the working copy. */
    void apply(PlanCommand command, SettingLookup settings) {
        requireCurrent();
        PlanVersion w = working();
        if (command instanceof PlanCommand.WriteSection c) {
            w.write(c.section(), c.text());
        } else if (command instanceof PlanCommand.AddOutcome c) {
            w.addOutcome(c.outcome());
        } else if (command instanceof PlanCommand.RemoveOutcome c) {
            w.removeOutcome(c.index());
        } else if (command instanceof PlanCommand.AddProvision c) {
            w.addProvision(c.provision());
        } else if (command instanceof PlanCommand.RemoveProvision c) {
            w.removeProvision(c.index());
        } else if (command instanceof PlanCommand.WritePersonalBudget c) {
            w.writeBudget(c.budget());
        } else if (command instanceof PlanCommand.NamePlacement c) {
            SettingLookup.Named named = settings.named(c.settingId());
            w.place(c.settingId(), named.name(), named.type().name());
        } else {
            throw new IllegalArgumentException("Unknown command " + command.getClass().getSimpleName());
        }
    }

    /** How the plan learns a setting's name and type when one is named (from the reference data). */
    interface SettingLookup {
        record Named(String name, SettingType type) {
        }

        Named named(long settingId);
    }

    /**
     * Issues the working copy as the next numbered version. A final or amended plan must name a placement,
     * and raises {@link PlanFinalised}.
     */
    PlanVersion issue(VersionKind kind, LocalDate on, String sectionK, String issuedBy) {
        return issue(kind, on, sectionK, issuedBy, null);
    }

    /**
     * Issues the working copy; the first final version also sets when the first review is due (within 12 months
     * of the issue, or the child's shorter cycle under 5), from {@code cycle}.
     */
    PlanVersion issue(VersionKind kind, LocalDate on, String sectionK, String issuedBy, ReviewCycle cycle) {
        requireCurrent();
        if (!kind.isIssued()) {
            throw new IllegalArgumentException("Only an issued kind of version is issued");
        }
        PlanVersion working = working();
        if (kind.isInForce() && working.getPlacementSettingId() == null) {
            throw new IllegalStateException("A final plan names the school or setting in section I");
        }
        int next = versions.stream().mapToInt(PlanVersion::getNumber).max().orElse(0) + 1;
        PlanVersion issued = working.issueCopy(next, kind, on, sectionK, issuedBy);
        versions.add(issued);
        if (kind.isInForce()) {
            if (id == null) {
                throw new IllegalStateException("A plan is saved before a version is issued, so that its event names it");
            }
            registerEvent(new PlanFinalised(id, childId, issued.getPlacementSettingId(),
                    SettingType.valueOf(issued.getPlacementType()), on));
            if (kind == VersionKind.FINAL && reviewDueOn == null && cycle != null) {
                reviewDueOn = cycle.nextAfter(on);
            }
        }
        return issued;
    }

    // --- reviews (CFA 2014 s.44; SEND Regulations 2014 regs 20-22)

    /** The review in progress, if any (at most one: the database holds the same rule). */
    Optional<PlanReview> openReview() {
        return reviews.stream().filter(PlanReview::isOpen).findFirst();
    }

    /** Whether a review is in progress: as loaded, or as changed since. */
    boolean hasOpenReview() {
        return org.hibernate.Hibernate.isInitialized(reviews) ? openReview().isPresent() : openReviewExists;
    }

    /** Every review, oldest first. */
    List<PlanReview> reviews() {
        return List.copyOf(reviews);
    }

    private PlanReview requireOpenReview() {
        return openReview().orElseThrow(() -> new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.noOpenReview",
                "There is no review in progress"));
    }

    private static void notInFuture(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new ReviewRefusal(ReviewRefusal.Field.DATE, "review.error.future", "The date is in the future", today);
        }
    }

    private static void notBefore(LocalDate on, LocalDate earliest, String key) {
        if (on.isBefore(earliest)) {
            throw new ReviewRefusal(ReviewRefusal.Field.DATE, key, "The date is too early", earliest);
        }
    }

    /**
     * Arranges the review meeting (a date ahead), or records one already held. The plan must be in force (a final
     * version issued) and have no review in progress; a meeting before the plan was first issued is refused.
     */
    PlanReview arrangeReview(LocalDate meetingOn, String by) {
        return arrangeReview(meetingOn, null, by);
    }

    /**
     * Arranges (or records) the review meeting; {@code today} is the day those invited are told of it, kept so a
     * meeting with less than 2 weeks' notice is marked (null: not known).
     */
    PlanReview arrangeReview(LocalDate meetingOn, LocalDate today, String by) {
        requireCurrent();
        if (reviewDueOn == null) {
            throw new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.notInForce", "The plan is not in force yet");
        }
        if (openReview().isPresent()) {
            throw new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.alreadyOpen", "A review is already in progress");
        }
        LocalDate firstIssue = issued().stream().filter(v -> v.getKind() == VersionKind.FINAL)
                .map(PlanVersion::getIssuedOn).findFirst().orElseThrow();
        notBefore(meetingOn, firstIssue, "review.error.beforeIssue");
        PlanReview review = PlanReview.arranged(this, reviewDueOn, meetingOn, today, by);
        reviews.add(review);
        registerEvent(new PlanReviewEvent.ReviewArranged(id, childId, reviewDueOn, meetingOn));
        return review;
    }

    /** Moves the meeting of the review in progress, before a decision is made. */
    void moveMeeting(LocalDate meetingOn) {
        moveMeeting(meetingOn, null);
    }

    /** Moves the meeting; {@code today} is the day those invited are told of the new date. */
    void moveMeeting(LocalDate meetingOn, LocalDate today) {
        requireCurrent();
        PlanReview review = requireUndecided();
        LocalDate firstIssue = issued().stream().filter(v -> v.getKind() == VersionKind.FINAL)
                .map(PlanVersion::getIssuedOn).findFirst().orElseThrow();
        notBefore(meetingOn, firstIssue, "review.error.beforeIssue");
        if (review.getReportReceivedOn() != null && review.getReportReceivedOn().isBefore(meetingOn)) {
            throw new ReviewRefusal(ReviewRefusal.Field.DATE, "review.error.afterReport",
                    "The meeting is after the report", review.getReportReceivedOn());
        }
        review.moveMeeting(meetingOn, today);
    }

    private PlanReview requireUndecided() {
        PlanReview review = requireOpenReview();
        if (review.getDecision() != null) {
            throw new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.decided", "The decision has been made");
        }
        return review;
    }

    /** The school or setting's report arrived (due 2 weeks after the meeting): on or after the meeting, not in the future. */
    void receiveReport(LocalDate on, LocalDate today) {
        requireCurrent();
        PlanReview review = requireUndecided();
        notInFuture(on, today);
        notBefore(on, review.getMeetingOn(), "review.error.beforeMeeting");
        review.receiveReport(on);
    }

    /** Someone's views for the review as the caseworker records them, before the decision; blank text clears them. */
    void giveViews(ViewsFrom from, String text, LocalDate today) {
        views(from, text, today, false);
    }

    /**
     * Views given online by the person whose views they are, before the decision: the parents', the setting's, or the
     * young person's own, which are the child's views (never the parents'), kept with the day they gave them.
     */
    void giveViewsOnline(ViewsFrom from, String text, LocalDate today) {
        if (from == ViewsFrom.ADVISERS) {
            throw new IllegalArgumentException("Advisers' views are recorded by the caseworker");
        }
        views(from, text, today, true);
    }

    private void views(ViewsFrom from, String text, LocalDate today, boolean online) {
        requireCurrent();
        PlanReview review = requireUndecided();
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value != null && value.length() > PlanReview.TEXT) {
            throw new ReviewRefusal(ReviewRefusal.Field.TEXT, "review.error.tooLong", "Too long", PlanReview.TEXT);
        }
        if (value == null && (online || from == ViewsFrom.PARENT || from == ViewsFrom.SETTING)) {
            throw new ReviewRefusal(ReviewRefusal.Field.TEXT, "review.error.viewsRequired", "Views are required");
        }
        review.views(from, value, today, online);
    }

    /**
     * The council's decision after the meeting, on {@code on} (on or after the meeting, not in the future): the
     * next review falls due from the meeting, the overdue mark is cleared, and a decision after 4 weeks is late.
     * Ceasing needs a reason, issues the notice as a ceased version, and ends the plan.
     */
    void decide(ReviewDecision decision, LocalDate on, CeaseReason reason, LocalDate today, ReviewCycle cycle,
                String by) {
        requireCurrent();
        PlanReview review = requireUndecided();
        if (decision == null) {
            throw new ReviewRefusal(ReviewRefusal.Field.DECISION, "review.error.decisionRequired", "Choose a decision");
        }
        notInFuture(on, today);
        notBefore(on, review.getMeetingOn(), "review.error.beforeMeeting");
        if (decision == ReviewDecision.CEASE && reason == null) {
            throw new ReviewRefusal(ReviewRefusal.Field.REASON, "review.error.reasonRequired", "Choose a reason");
        }
        review.decide(decision, on);
        boolean late = CALENDAR.late(CALENDAR.reviewDecisionDue(review.getMeetingOn()), on);
        registerEvent(new PlanReviewEvent.ReviewDecided(id, childId, decision, on, late));
        reviewOverdueOn = null;
        if (decision == ReviewDecision.CEASE) {
            issue(VersionKind.CEASED, on, working().getSectionK(), by);
            ceasedOn = on;
            ceaseReason = reason;
            reviewDueOn = null;
            registerEvent(new PlanReviewEvent.PlanCeased(id, childId, reason, on));
        } else {
            reviewDueOn = cycle.nextAfter(review.getMeetingOn());
        }
    }

    /** After a decision to amend: the working copy goes out as proposed amendments, with 15 days for comments. */
    PlanVersion proposeAmendments(LocalDate on, LocalDate today, String by) {
        requireCurrent();
        PlanReview review = requireOpenReview();
        if (review.getStatus() != ReviewStatus.AMENDING || review.getProposedOn() != null) {
            throw new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.notAmending", "Not waiting for proposed amendments");
        }
        notInFuture(on, today);
        notBefore(on, review.getDecidedOn(), "review.error.beforeDecision");
        PlanVersion proposed = issue(VersionKind.PROPOSED_AMENDMENT, on, working().getSectionK(), by);
        review.proposed(proposed.getNumber(), on);
        registerEvent(new PlanReviewEvent.AmendmentsProposed(id, childId, on, CALENDAR.amendmentCommentsCloseOn(on)));
        return proposed;
    }

    /** The family's comments on the proposed amendments (given online, or recorded by the caseworker). */
    void receiveFamilyComments(String text, LocalDate on, LocalDate today) {
        requireCurrent();
        PlanReview review = requireProposed();
        String value = text == null || text.isBlank() ? null : text.strip();
        if (value == null) {
            throw new ReviewRefusal(ReviewRefusal.Field.TEXT, "review.error.commentsRequired", "Comments are required");
        }
        if (value.length() > PlanReview.TEXT) {
            throw new ReviewRefusal(ReviewRefusal.Field.TEXT, "review.error.tooLong", "Too long", PlanReview.TEXT);
        }
        notInFuture(on, today);
        notBefore(on, review.getProposedOn(), "review.error.beforeProposal");
        review.familyComments(value, on);
    }

    private PlanReview requireProposed() {
        PlanReview review = requireOpenReview();
        if (review.getStatus() != ReviewStatus.AMENDING || review.getProposedOn() == null) {
            throw new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.notProposed", "No amendments proposed yet");
        }
        return review;
    }

    /**
     * Issues the amended plan (a new version in force, which raises {@link PlanFinalised}): not before the family's
     * 15 days have run, and late after 8 weeks from the proposal. Completes the review.
     */
    PlanVersion issueAmended(LocalDate on, LocalDate today, String by) {
        requireCurrent();
        PlanReview review = requireProposed();
        notInFuture(on, today);
        notBefore(on, CALENDAR.amendmentCommentsCloseOn(review.getProposedOn()).plusDays(1), "review.error.commentWindow");
        if (working().getPlacementSettingId() == null) {
            throw new ReviewRefusal(ReviewRefusal.Field.STEP, "review.error.noPlacement", "Name the setting in section I");
        }
        PlanVersion amended = issue(VersionKind.AMENDED, on, working().getSectionK(), by);
        review.amended(amended.getNumber(), on);
        registerEvent(new PlanReviewEvent.AmendedPlanIssued(id, childId, on));
        return amended;
    }

    /**
     * The overdue job found the review due date passed on {@code today} with no meeting held: marks it once and
     * raises {@link PlanReviewEvent.ReviewOverdue}. Returns false (and does nothing) if there is nothing to mark.
     */
    boolean markReviewOverdue(LocalDate today) {
        if (ceasedOn != null || reviewDueOn == null || !today.isAfter(reviewDueOn) || reviewOverdueOn != null) {
            return false;
        }
        if (openReview().filter(r -> !r.getMeetingOn().isAfter(today)).isPresent()) {
            return false;
        }
        reviewOverdueOn = today;
        registerEvent(new PlanReviewEvent.ReviewOverdue(id, childId, reviewDueOn, today));
        return true;
    }

    /** The one next thing to do on the plan's reviews and its statutory date; null when there is none (ceased, or not yet in force). */
    NextAction nextAction() {
        if (ceasedOn != null || reviewDueOn == null && openReview().isEmpty()) {
            return null;
        }
        Optional<PlanReview> open = openReview();
        if (open.isEmpty()) {
            return new NextAction(NextAction.Kind.ARRANGE_REVIEW, reviewDueOn);
        }
        PlanReview r = open.get();
        if (r.getStatus() == ReviewStatus.ARRANGED) {
            return r.getReportReceivedOn() == null
                    ? new NextAction(NextAction.Kind.RECEIVE_REPORT, CALENDAR.reviewReportDue(r.getMeetingOn()))
                    : new NextAction(NextAction.Kind.DECIDE, CALENDAR.reviewDecisionDue(r.getMeetingOn()));
        }
        return r.getProposedOn() == null
                ? new NextAction(NextAction.Kind.PROPOSE_AMENDMENTS, CALENDAR.reviewDecisionDue(r.getMeetingOn()))
                : new NextAction(NextAction.Kind.ISSUE_AMENDED, CALENDAR.amendedPlanDue(r.getProposedOn()));
    }

    LocalDate getReviewDueOn() {
        return reviewDueOn;
    }

    LocalDate getReviewOverdueOn() {
        return reviewOverdueOn;
    }

    CeaseReason getCeaseReason() {
        return ceaseReason;
    }

    int getVersion() {
        return version;
    }

    /** Forgets the events raised so far (tests: as if the plan had been saved). */
    void forgetEvents() {
        clearDomainEvents();
    }

    /** The events raised and not yet published (Spring Data publishes them when the plan is saved). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
    }

    private void requireCurrent() {
        if (ceasedOn != null) {
            throw new IllegalStateException("A plan that has ceased cannot be changed");
        }
    }

    /** The issued versions, oldest first. */
    List<PlanVersion> issued() {
        return versions.stream().filter(v -> v.getKind().isIssued())
                .sorted(Comparator.comparingInt(PlanVersion::getNumber)).toList();
    }

    Optional<PlanVersion> version(int number) {
        return versions.stream().filter(v -> v.getNumber() == number).findFirst();
    }

    PlanVersion requireVersion(int number) {
        return version(number).orElseThrow(() -> new NoSuchElementException("No such version"));
    }

    Long getId() {
        return id;
    }

    Long getOriginAssessmentId() {
        return originAssessmentId;
    }

    long getChildId() {
        return childId;
    }

    LocalDate getCeasedOn() {
        return ceasedOn;
    }
}
