package uk.send.pathway.assessment;

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
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import uk.send.pathway.calendar.AssessmentDeadlines;
import uk.send.pathway.calendar.AssessmentException;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.calendar.StatutoryPeriod;
import uk.send.pathway.calendar.Timeliness;

/**
 * An EHC needs assessment, from the request to the final plan (or a refusal). It moves only through
 * its own methods, each of which checks that the step is legal from the current stage and that its date
 * is in order, then records a dated, attributed event on the timeline.
 */
@Entity
@Table(name = "needs_assessment")
public class NeedsAssessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, length = 20)
    private Requester requestedBy;

    @Column(name = "request_received", nullable = false)
    private LocalDate requestReceived;

    @Column(nullable = false, length = 4000)
    private String reasons;

    @Column(length = 4000)
    private String evidence;

    @Column(name = "decided_to_assess_on")
    private LocalDate decidedToAssessOn;

    @Column(name = "refused_on")
    private LocalDate refusedOn;

    @Column(name = "refusal_reasons", length = 4000)
    private String refusalReasons;

    @Column(name = "decided_to_issue_on")
    private LocalDate decidedToIssueOn;

    @Column(name = "decided_not_to_issue_on")
    private LocalDate decidedNotToIssueOn;

    @Column(name = "not_to_issue_reasons", length = 4000)
    private String notToIssueReasons;

    @Column(name = "draft_issued_on")
    private LocalDate draftIssuedOn;

    @Column(name = "draft_response_on")
    private LocalDate draftResponseOn;

    @Column(name = "draft_response", length = 4000)
    private String draftResponse;

    @Column(name = "preferred_setting_id")
    private Long preferredSettingId;

    @Column(name = "final_issued_on")
    private LocalDate finalIssuedOn;

    @Column(name = "named_setting_id")
    private Long namedSettingId;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedOn, id")
    private List<AdviceRequest> adviceRequests = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("occurredOn, id")
    private List<TimelineEvent> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("from, id")
    private List<RecordedException> exceptions = new ArrayList<>();

    @Version
    private int version;

    protected NeedsAssessment() {
    }

    private NeedsAssessment(long childId, Requester requestedBy, LocalDate received, String reasons, String evidence) {
        this.childId = childId;
        this.stage = Stage.REQUESTED;
        this.requestedBy = requestedBy;
        this.requestReceived = received;
        this.reasons = reasons.trim();
        this.evidence = evidence == null || evidence.isBlank() ? null : evidence.trim();
    }

    /** Day 0: the council receives a request. The statutory clock starts on this date. */
    public static NeedsAssessment receiveRequest(long childId, Requester requestedBy, LocalDate received, String reasons,
                                                 String evidence, LocalDate today, Actor actor) {
        notInFuture(received, today);
        if (reasons == null || reasons.isBlank()) {
            throw new IllegalTransitionException("assessment.error.reasonsRequired", "A request needs its reasons");
        }
        NeedsAssessment assessment = new NeedsAssessment(childId, requestedBy, received, reasons, evidence);
        assessment.record(EventType.REQUEST_RECEIVED, received, actor, null);
        return assessment;
    }

    /** Reg 4: decide to assess. */
    public void decideToAssess(LocalDate on, LocalDate today, Actor actor) {
        requireStage(Stage.REQUESTED, "decide to assess");
        inOrder(on, requestReceived, today);
        decidedToAssessOn = on;
        stage = Stage.ASSESSING;
        record(EventType.DECIDED_TO_ASSESS, on, actor, null);
    }

    /** Reg 5: decide not to assess. The notice must give the reasons, appeal rights and mediation information. */
    public void refuseToAssess(LocalDate on, String reasons, LocalDate today, Actor actor) {
        requireStage(Stage.REQUESTED, "refuse to assess");
        inOrder(on, requestReceived, today);
        requireText(reasons, "assessment.error.refusalReasonsRequired");
        refusedOn = on;
        refusalReasons = reasons.trim();
        stage = Stage.REFUSED;
        record(EventType.REFUSED_TO_ASSESS, on, actor, null);
    }

    /** Reg 6: ask for advice of someone without an account. It is due 6 weeks from the request for it (reg 8). */
    public AdviceRequest requestAdvice(AdviceSource source, String addressee, LocalDate on, LocalDate today,
                                       StatutoryCalendar calendar, Actor actor) {
        return requestAdvice(source, addressee, null, on, today, calendar, actor);
    }

    /**
     * Reg 6: ask for advice, due 6 weeks from the request for it (reg 8). With an adviser's account
     * (adviserId, may be null) the adviser can sign in and submit the advice themselves; that the account is
     * an adviser's is checked by {@link NeedsAssessments}, which can see the accounts.
     */
    public AdviceRequest requestAdvice(AdviceSource source, String addressee, Long adviserId, LocalDate on,
                                       LocalDate today, StatutoryCalendar calendar, Actor actor) {
        requireStage(Stage.ASSESSING, "request advice");
        inOrder(on, decidedToAssessOn, today);
        requireText(addressee, "assessment.error.addresseeRequired");
        AdviceRequest request = new AdviceRequest(this, source, addressee, adviserId, on, calendar.adviceDue(on));
        adviceRequests.add(request);
        record(EventType.ADVICE_REQUESTED, on, actor, addressee.trim());
        return request;
    }

    /**
     * The advice arrives: recorded by a caseworker, or submitted online by the adviser it was asked of
     * (the actor), and attributed on the timeline to whichever of them it was.
     */
    public void receiveAdvice(long adviceRequestId, LocalDate on, String advice, LocalDate today, Actor actor) {
        requireStage(Stage.ASSESSING, "record advice");
        AdviceRequest request = adviceRequests.stream().filter(r -> r.getId() != null && r.getId() == adviceRequestId)
                .findFirst().orElseThrow(() -> new IllegalTransitionException("assessment.error.noSuchAdvice",
                        "No such request for advice on this assessment"));
        if (request.isReceived()) {
            throw new IllegalTransitionException("assessment.error.adviceAlreadyReceived", "That advice has already been recorded");
        }
        inOrder(on, request.getRequestedOn(), today);
        requireText(advice, "assessment.error.adviceRequired");
        request.receive(on, advice, actor);
        record(EventType.ADVICE_RECEIVED, on, actor, request.getAddressee());
    }

    /** Decide to issue a plan, once the advice asked for has all arrived. */
    public void decideToIssue(LocalDate on, LocalDate today, Actor actor) {
        requireStage(Stage.ASSESSING, "decide to issue a plan");
        requireAllAdvice();
        inOrder(on, latestAdviceReceived().orElse(decidedToAssessOn), today);
        decidedToIssueOn = on;
        stage = Stage.DRAFTING;
        record(EventType.DECIDED_TO_ISSUE, on, actor, null);
    }

    /** Reg 10: decide not to issue a plan, within 16 weeks of the request. */
    public void decideNotToIssue(LocalDate on, String reasons, LocalDate today, Actor actor) {
        requireStage(Stage.ASSESSING, "decide not to issue a plan");
        inOrder(on, decidedToAssessOn, today);
        requireText(reasons, "assessment.error.notToIssueReasonsRequired");
        decidedNotToIssueOn = on;
        notToIssueReasons = reasons.trim();
        stage = Stage.NOT_ISSUED;
        record(EventType.DECIDED_NOT_TO_ISSUE, on, actor, null);
    }

    /** Reg 13(1): send the draft plan, giving at least 15 days to comment and to name a setting. */
    public void issueDraft(LocalDate on, LocalDate today, Actor actor) {
        requireStage(Stage.DRAFTING, "issue the draft plan");
        inOrder(on, decidedToIssueOn, today);
        draftIssuedOn = on;
        stage = Stage.DRAFT_ISSUED;
        record(EventType.DRAFT_ISSUED, on, actor, null);
    }

    /** The parent's or young person's comments on the draft, and the setting they ask for (if any). */
    public void receiveDraftResponse(LocalDate on, String comments, Long preferredSettingId, LocalDate today, Actor actor) {
        requireStage(Stage.DRAFT_ISSUED, "record the response to the draft");
        inOrder(on, draftIssuedOn, today);
        requireText(comments, "assessment.error.commentsRequired");
        draftResponseOn = on;
        draftResponse = comments.trim();
        preferredSettingId(preferredSettingId);
        record(EventType.DRAFT_RESPONSE_RECEIVED, on, actor, null);
    }

    private void preferredSettingId(Long settingId) {
        this.preferredSettingId = settingId;
    }

    /** The council consults the setting asked for (it has 15 days to respond). */
    public void consultSetting(long settingId, LocalDate on, LocalDate today, Actor actor) {
        requireStage(Stage.DRAFT_ISSUED, "consult a setting");
        inOrder(on, draftIssuedOn, today);
        record(EventType.SETTING_CONSULTED, on, actor, null);
    }

    /**
     * Reg 13(2): issue the final plan, naming the setting. Not before the 15-day comment window has run,
     * unless the parent or young person has already responded.
     */
    public void finalise(LocalDate on, long namedSettingId, LocalDate today, StatutoryCalendar calendar, Actor actor) {
        requireStage(Stage.DRAFT_ISSUED, "issue the final plan");
        inOrder(on, draftResponseOn != null ? draftResponseOn : draftIssuedOn, today);
        if (draftResponseOn == null && on.isBefore(calendar.earliestFinalisationDate(draftIssuedOn))) {
            throw new IllegalTransitionException("assessment.error.commentWindowOpen",
                    "The parent or young person has at least 15 days to comment on the draft");
        }
        finalIssuedOn = on;
        this.namedSettingId = namedSettingId;
        stage = Stage.FINAL;
        record(EventType.FINAL_ISSUED, on, actor, null);
    }

    /** Reg 10(4): a reason the council need not meet a time limit, with its dates. */
    public void recordException(AssessmentException exception, LocalDate today, Actor actor) {
        if (stage.isClosed()) {
            throw new IllegalTransitionException("assessment.error.closed", "The assessment is closed");
        }
        notInFuture(exception.from(), today);
        exceptions.add(new RecordedException(this, exception));
        record(EventType.EXCEPTION_RECORDED, exception.from(), actor, exception.note());
    }

    /** The statutory dates for this request. */
    public AssessmentDeadlines deadlines(StatutoryCalendar calendar) {
        return calendar.deadlinesFor(requestReceived);
    }

    /**
     * The next statutory date the council must meet: the decision to assess; then the earliest outstanding
     * advice, or the decision not to issue; then the latest date to send the draft that still leaves the
     * 15-day window before the final plan is due; then the final plan. Empty once closed.
     */
    public Optional<NextDeadline> nextDeadline(StatutoryCalendar calendar) {
        AssessmentDeadlines d = deadlines(calendar);
        return switch (stage) {
            case REQUESTED -> Optional.of(new NextDeadline(NextDeadline.What.DECISION_TO_ASSESS, d.decisionToAssessDue()));
            case ASSESSING -> adviceRequests.stream().filter(r -> !r.isReceived())
                    .map(AdviceRequest::getDueOn).min(Comparator.naturalOrder())
                    .filter(due -> due.isBefore(d.decisionNotToIssueDue()))
                    .map(due -> new NextDeadline(NextDeadline.What.ADVICE, due))
                    .or(() -> Optional.of(new NextDeadline(NextDeadline.What.DECISION_NOT_TO_ISSUE, d.decisionNotToIssueDue())));
            case DRAFTING -> Optional.of(new NextDeadline(NextDeadline.What.DRAFT, latestDraftDate(d)));
            case DRAFT_ISSUED -> Optional.of(new NextDeadline(NextDeadline.What.FINAL_PLAN, d.finalPlanDue()));
            case FINAL, REFUSED, NOT_ISSUED -> Optional.empty();
        };
    }

    /** The last day to send the draft that still leaves the full comment window before the final plan is due. */
    public static LocalDate latestDraftDate(AssessmentDeadlines deadlines) {
        return deadlines.finalPlanDue().minusDays(StatutoryPeriod.DRAFT_COMMENTS.days());
    }

    /** Whether the final plan met 20 weeks, with and without exceptions; empty until it is issued. */
    public Optional<Timeliness> timeliness(StatutoryCalendar calendar) {
        if (finalIssuedOn == null) {
            return Optional.empty();
        }
        return Optional.of(calendar.finalPlanTimeliness(requestReceived, finalIssuedOn,
                exceptions.stream().map(RecordedException::toException).toList()));
    }

    private void record(EventType type, LocalDate on, Actor actor, String detail) {
        timeline.add(new TimelineEvent(this, type, on, actor, detail));
    }

    private void requireStage(Stage expected, String step) {
        if (stage != expected) {
            throw new IllegalTransitionException("assessment.error.wrongStage",
                    "Cannot " + step + " when the assessment is at stage " + stage);
        }
    }

    private void requireAllAdvice() {
        if (adviceRequests.isEmpty()) {
            throw new IllegalTransitionException("assessment.error.noAdvice", "No advice has been asked for");
        }
        if (adviceRequests.stream().anyMatch(r -> !r.isReceived())) {
            throw new IllegalTransitionException("assessment.error.adviceOutstanding", "Advice is still outstanding");
        }
    }

    private Optional<LocalDate> latestAdviceReceived() {
        return adviceRequests.stream().map(AdviceRequest::getReceivedOn).max(Comparator.naturalOrder());
    }

    private static void requireText(String text, String messageKey) {
        if (text == null || text.isBlank()) {
            throw new IllegalTransitionException(messageKey, "Required text is missing");
        }
    }

    /** A step's date is on or after the step before it, and not in the future. */
    private static void inOrder(LocalDate on, LocalDate previous, LocalDate today) {
        notInFuture(on, today);
        if (previous != null && on.isBefore(previous)) {
            throw new IllegalTransitionException("assessment.error.dateBeforePreviousStep",
                    "The date is before the step it follows");
        }
    }

    private static void notInFuture(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new IllegalTransitionException("assessment.error.dateInFuture", "The date is in the future");
        }
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public Stage getStage() {
        return stage;
    }

    public Requester getRequestedBy() {
        return requestedBy;
    }

    public LocalDate getRequestReceived() {
        return requestReceived;
    }

    public String getReasons() {
        return reasons;
    }

    public String getEvidence() {
        return evidence;
    }

    public LocalDate getDecidedToAssessOn() {
        return decidedToAssessOn;
    }

    public LocalDate getRefusedOn() {
        return refusedOn;
    }

    public String getRefusalReasons() {
        return refusalReasons;
    }

    public LocalDate getDecidedToIssueOn() {
        return decidedToIssueOn;
    }

    public LocalDate getDecidedNotToIssueOn() {
        return decidedNotToIssueOn;
    }

    public String getNotToIssueReasons() {
        return notToIssueReasons;
    }

    public LocalDate getDraftIssuedOn() {
        return draftIssuedOn;
    }

    public LocalDate getDraftResponseOn() {
        return draftResponseOn;
    }

    public String getDraftResponse() {
        return draftResponse;
    }

    public Long getPreferredSettingId() {
        return preferredSettingId;
    }

    public LocalDate getFinalIssuedOn() {
        return finalIssuedOn;
    }

    public Long getNamedSettingId() {
        return namedSettingId;
    }

    public List<AdviceRequest> getAdviceRequests() {
        return Collections.unmodifiableList(adviceRequests);
    }

    public List<TimelineEvent> getTimeline() {
        return Collections.unmodifiableList(timeline);
    }

    public List<AssessmentException> getExceptions() {
        return exceptions.stream().map(RecordedException::toException).toList();
    }

    public int getVersion() {
        return version;
    }
}
