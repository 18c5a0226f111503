package uk.send.pathway.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import uk.send.pathway.assessment.IllegalTransitionException.Field;
import uk.send.pathway.calendar.AssessmentDeadlines;
import uk.send.pathway.calendar.AssessmentException;
import uk.send.pathway.calendar.Reg10Exception;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.calendar.StatutoryPeriod;
import uk.send.pathway.calendar.Timeliness;

/**
 * An EHC needs assessment, from the request to the final plan (or a refusal). It moves only through
 * its own methods (package-private: other modules send an {@link AssessmentCommand} to
 * {@link NeedsAssessments}), each of which checks that the step is open at the current stage
 * ({@link AssessmentStep}) and that its date is in order, records a dated, attributed event on the timeline,
 * and raises the typed {@link AssessmentEvent} published when the case is saved.
 */
@Entity
@Table(name = "needs_assessment")
class NeedsAssessment {

    /** The longest reasons, evidence or comments the database holds. */
    static final int TEXT_MAX = 4000;
    /** The longest addressee of a request for advice. */
    static final int ADDRESSEE_MAX = 200;
    /** The longest advice. */
    static final int ADVICE_MAX = 20000;

    /**
     * The one calendar, for the kept next statutory date. {@link StatutoryCalendar} is immutable and stateless,
     * so this is the same calendar the application's bean is; the steps that need its dates still take it.
     */
    private static final StatutoryCalendar CALENDAR = new StatutoryCalendar();

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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

    /** The school or setting that asked, when a SENCO sent the request from the service. */
    @Column(name = "requesting_setting_id")
    private Long requestingSettingId;

    /** The pupil's SEN Support record whose cycles are the request's evidence ("tell it once"), or null. */
    @Column(name = "support_record_id")
    private Long supportRecordId;

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

    /** Whether the response to the draft was sent online by the family (not recorded by a caseworker). */
    @Column(name = "draft_response_online", nullable = false)
    private boolean draftResponseOnline;

    /** Who sent the response online: the parent or carer, or the young person (null when recorded on paper). */
    @Enumerated(EnumType.STRING)
    @Column(name = "draft_response_by", length = 12)
    private DraftResponder draftResponseBy;

    /** The family's comments on particular sections of the draft, when they answered online. */
    @ElementCollection
    @CollectionTable(name = "draft_response_comment", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderBy("section")
    private List<SectionComment> draftComments = new ArrayList<>();

    @Column(name = "final_issued_on")
    private LocalDate finalIssuedOn;

    @Column(name = "named_setting_id")
    private Long namedSettingId;

    /**
     * The next statutory date and what is due by it ({@link #nextDeadline}), kept in columns so that a caseload
     * can filter, sort and page on them in SQL. Every step raises an event, and raising one recomputes them
     * ({@link #raise}); null once the case is closed.
     */
    @Column(name = "next_due_date")
    private LocalDate nextDueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_due_kind", length = 40)
    private NextDeadline.What nextDueKind;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("requestedOn, id")
    private List<AdviceRequest> adviceRequests = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL)
    @OrderBy("occurredOn, id")
    private List<TimelineEvent> timeline = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("from, id")
    private List<RecordedException> exceptions = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("consultedOn, id")
    private List<SettingConsultation> consultations = new ArrayList<>();

    @Version
    private int version;

    /**
     * Events raised by the steps taken since the case was last saved, each waiting for the case's id (a new
     * case has none until it is saved). Published by the repository on save, then cleared.
     */
    @Transient
    private final List<Function<Long, AssessmentEvent>> pendingEvents = new ArrayList<>();

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

    /**
     * Day 0: the council receives a request. The statutory clock starts on this date, which cannot be in the
     * future nor before the child was born ({@code bornOn}, null if not known).
     */
    static NeedsAssessment receiveRequest(long childId, LocalDate bornOn, Requester requestedBy, LocalDate received,
                                          String reasons, String evidence, Clock clock, Actor actor) {
        if (requestedBy == null) {
            throw new IllegalTransitionException(Field.REQUESTER, "assessment.error.requesterRequired", "Who asked is missing");
        }
        notInFuture(received, today(clock));
        if (bornOn != null && received.isBefore(bornOn)) {
            throw new IllegalTransitionException(Field.DATE, "assessment.error.requestBeforeBirth",
                    "The request is dated before the child was born", bornOn);
        }
        requireText(reasons, Field.TEXT, "assessment.error.reasonsRequired", TEXT_MAX);
        if (evidence != null && evidence.trim().length() > TEXT_MAX) {
            throw tooLong(Field.EVIDENCE, TEXT_MAX);
        }
        NeedsAssessment assessment = new NeedsAssessment(childId, requestedBy, received, reasons, evidence);
        assessment.record(EventType.REQUEST_RECEIVED, received, clock, actor, null, null);
        assessment.raise(id -> new AssessmentEvent.RequestReceived(id, childId, received, actor, requestedBy));
        return assessment;
    }

    /**
     * A school's request, sent by its SENCO from a reviewed cycle of the pupil's SEN Support: the requester is the
     * setting, and the evidence is the SEN Support record itself (its cycles), linked by id rather than copied.
     */
    static NeedsAssessment receiveSchoolRequest(SchoolRequest request, LocalDate bornOn, Clock clock, Actor actor) {
        NeedsAssessment a = receiveRequest(request.childId(), bornOn, Requester.SETTING, request.received(),
                request.reasons(), null, clock, actor);
        a.requestingSettingId = request.settingId();
        a.supportRecordId = request.supportRecordId();
        return a;
    }

    /**
     * Takes the step a command asks for: the one way in from outside the aggregate. The settings' names are
     * for the timeline (the step that consults a setting names it there).
     */
    void handle(AssessmentCommand command, Clock clock, StatutoryCalendar calendar, Actor actor,
                LongFunction<String> settingNames) {
        if (command instanceof AssessmentCommand.DecideToAssess c) {
            decideToAssess(c.on(), clock, actor);
        } else if (command instanceof AssessmentCommand.RefuseToAssess c) {
            refuseToAssess(c.on(), c.reasons(), clock, actor);
        } else if (command instanceof AssessmentCommand.RequestAdvice c) {
            requestAdvice(c.source(), c.addressee(), c.adviserId(), c.on(), clock, calendar, actor);
        } else if (command instanceof AssessmentCommand.ReceiveAdvice c) {
            receiveAdvice(c.adviceRequestId(), c.on(), c.advice(), clock, actor);
        } else if (command instanceof AssessmentCommand.DecideToIssue c) {
            decideToIssue(c.on(), clock, actor);
        } else if (command instanceof AssessmentCommand.DecideNotToIssue c) {
            decideNotToIssue(c.on(), c.reasons(), clock, actor);
        } else if (command instanceof AssessmentCommand.IssueDraft c) {
            issueDraft(c.on(), clock, calendar, actor);
        } else if (command instanceof AssessmentCommand.RecordDraftResponse c) {
            receiveDraftResponse(c.on(), c.comments(), c.preferredSettingId(), clock, actor);
        } else if (command instanceof AssessmentCommand.ConsultSetting c) {
            consultSetting(c.settingId(), settingNames.apply(c.settingId()), c.on(), clock, calendar, actor);
        } else if (command instanceof AssessmentCommand.Finalise c) {
            finalise(c.on(), c.namedSettingId(), clock, calendar, actor);
        } else if (command instanceof AssessmentCommand.RecordException c) {
            recordException(c.reason(), c.on(), c.to(), c.note(), clock, actor);
        } else {
            throw new IllegalArgumentException("Unknown command " + command.getClass());
        }
    }

    /** Reg 4: decide to assess. */
    void decideToAssess(LocalDate on, Clock clock, Actor actor) {
        requireOpen(AssessmentStep.DECIDE_TO_ASSESS);
        inOrder(on, requestReceived, today(clock));
        decidedToAssessOn = on;
        stage = Stage.ASSESSING;
        record(EventType.DECIDED_TO_ASSESS, on, clock, actor, null, null);
        raise(id -> new AssessmentEvent.DecidedToAssess(id, childId, on, actor));
    }

    /** Reg 5: decide not to assess. The notice must give the reasons, appeal rights and mediation information. */
    void refuseToAssess(LocalDate on, String reasons, Clock clock, Actor actor) {
        requireOpen(AssessmentStep.REFUSE_TO_ASSESS);
        inOrder(on, requestReceived, today(clock));
        requireText(reasons, Field.TEXT, "assessment.error.refusalReasonsRequired", TEXT_MAX);
        refusedOn = on;
        refusalReasons = reasons.trim();
        stage = Stage.REFUSED;
        record(EventType.REFUSED_TO_ASSESS, on, clock, actor, null, null);
        raise(id -> new AssessmentEvent.RefusedToAssess(id, childId, on, actor));
    }

    /** Reg 6: ask for advice of someone without an account. It is due 6 weeks from the request for it (reg 8). */
    AdviceRequest requestAdvice(AdviceSource source, String addressee, LocalDate on, Clock clock,
                                StatutoryCalendar calendar, Actor actor) {
        return requestAdvice(source, addressee, null, on, clock, calendar, actor);
    }

    /**
     * Reg 6: ask for advice, due 6 weeks from the request for it (reg 8). With an adviser's account
     * (adviserId, may be null) the adviser can sign in and submit the advice themselves; that the account is
     * an adviser's is checked by {@link NeedsAssessments}, which can see the accounts.
     */
    AdviceRequest requestAdvice(AdviceSource source, String addressee, Long adviserId, LocalDate on, Clock clock,
                                StatutoryCalendar calendar, Actor actor) {
        requireOpen(AssessmentStep.REQUEST_ADVICE);
        if (source == null) {
            throw new IllegalTransitionException(Field.SOURCE, "assessment.error.sourceRequired", "Whose advice is missing");
        }
        requireText(addressee, Field.ADDRESSEE, "assessment.error.addresseeRequired", ADDRESSEE_MAX);
        inOrder(on, decidedToAssessOn, today(clock));
        LocalDate due = calendar.adviceDue(on);
        AdviceRequest request = new AdviceRequest(this, source, addressee, adviserId, on, due);
        adviceRequests.add(request);
        record(EventType.ADVICE_REQUESTED, on, clock, actor, addressee.trim(), due);
        raise(id -> new AssessmentEvent.AdviceRequested(id, childId, on, actor, source, adviserId, due));
        return request;
    }

    /**
     * The advice arrives: recorded by a caseworker, or submitted online by the adviser it was asked of
     * (the actor), and attributed on the timeline to whichever of them it was.
     */
    void receiveAdvice(long adviceRequestId, LocalDate on, String advice, Clock clock, Actor actor) {
        requireOpen(AssessmentStep.RECEIVE_ADVICE);
        AdviceRequest request = adviceRequests.stream().filter(r -> r.getId() != null && r.getId() == adviceRequestId)
                .findFirst().orElseThrow(() -> new IllegalTransitionException(Field.STEP, "assessment.error.noSuchAdvice",
                        "No such request for advice on this assessment"));
        if (request.isReceived()) {
            throw new IllegalTransitionException(Field.STEP, "assessment.error.adviceAlreadyReceived",
                    "That advice has already been recorded");
        }
        inOrder(on, request.getRequestedOn(), today(clock));
        requireText(advice, Field.TEXT, "assessment.error.adviceRequired", ADVICE_MAX);
        request.receive(on, advice, actor);
        record(EventType.ADVICE_RECEIVED, on, clock, actor, request.getAddressee(), null);
        raise(id -> new AssessmentEvent.AdviceReceived(id, childId, on, actor, adviceRequestId));
    }

    /** Decide to issue a plan, once the advice asked for has all arrived. */
    void decideToIssue(LocalDate on, Clock clock, Actor actor) {
        requireOpen(AssessmentStep.DECIDE_TO_ISSUE);
        requireAllAdvice();
        inOrder(on, latestAdviceReceived().orElse(decidedToAssessOn), today(clock));
        decidedToIssueOn = on;
        stage = Stage.DRAFTING;
        record(EventType.DECIDED_TO_ISSUE, on, clock, actor, null, null);
        raise(id -> new AssessmentEvent.DecidedToIssue(id, childId, on, actor));
    }

    /** Reg 10: decide not to issue a plan, within 16 weeks of the request. */
    void decideNotToIssue(LocalDate on, String reasons, Clock clock, Actor actor) {
        requireOpen(AssessmentStep.DECIDE_NOT_TO_ISSUE);
        inOrder(on, decidedToAssessOn, today(clock));
        requireText(reasons, Field.TEXT, "assessment.error.notToIssueReasonsRequired", TEXT_MAX);
        decidedNotToIssueOn = on;
        notToIssueReasons = reasons.trim();
        stage = Stage.NOT_ISSUED;
        record(EventType.DECIDED_NOT_TO_ISSUE, on, clock, actor, null, null);
        raise(id -> new AssessmentEvent.DecidedNotToIssue(id, childId, on, actor));
    }

    /** Reg 13(1): send the draft plan, giving at least 15 days to comment and to name a setting. */
    void issueDraft(LocalDate on, Clock clock, StatutoryCalendar calendar, Actor actor) {
        requireOpen(AssessmentStep.ISSUE_DRAFT);
        inOrder(on, decidedToIssueOn, today(clock));
        draftIssuedOn = on;
        stage = Stage.DRAFT_ISSUED;
        LocalDate commentsClose = calendar.draftCommentsCloseOn(on);
        record(EventType.DRAFT_ISSUED, on, clock, actor, null, commentsClose);
        List<String> advice = adviceLines();
        raise(id -> new AssessmentEvent.DraftIssued(id, childId, on, actor, commentsClose, advice));
    }

    /** The parent's or young person's comments on the draft, and the setting they ask for (if any). */
    void receiveDraftResponse(LocalDate on, String comments, Long preferredSettingId, Clock clock, Actor actor) {
        requireOpen(AssessmentStep.RECORD_DRAFT_RESPONSE);
        inOrder(on, draftIssuedOn, today(clock));
        requireText(comments, Field.TEXT, "assessment.error.commentsRequired", TEXT_MAX);
        draftResponseOn = on;
        draftResponse = comments.trim();
        this.preferredSettingId = preferredSettingId;
        record(EventType.DRAFT_RESPONSE_RECEIVED, on, clock, actor, null, null);
        raise(id -> new AssessmentEvent.DraftResponseReceived(id, childId, on, actor, preferredSettingId));
    }

    /**
     * Reg 13(1): the parent or young person answers the draft online, themselves (the actor, answering as the
     * responder: which of the two it was is kept, so the caseworker knows whose answer it is), on the day they
     * send it: comments overall and section by section, and the school or setting they ask for. It becomes the
     * case's response to the draft, as if a caseworker had recorded it. Once only: a response already received
     * (online or on paper) is refused, so that what the family was told they sent stays what the council holds.
     */
    void receiveFamilyResponse(FamilyDraftResponse response, Clock clock, Actor actor, DraftResponder responder) {
        requireOpen(AssessmentStep.RECORD_DRAFT_RESPONSE);
        if (draftResponseOn != null) {
            throw new IllegalTransitionException(Field.STEP, "assessment.error.responseAlreadyReceived",
                    "A response to the draft has already been received", draftResponseOn);
        }
        if (response.isEmpty()) {
            throw new IllegalTransitionException(Field.TEXT, "assessment.error.familyResponseEmpty", "Nothing to send");
        }
        if (response.comments() != null && response.comments().length() > TEXT_MAX) {
            throw tooLong(Field.TEXT, TEXT_MAX);
        }
        if (response.sections().stream().anyMatch(c -> c.comment().isBlank() || c.comment().length() > SectionComment.MAX)) {
            throw tooLong(Field.TEXT, SectionComment.MAX);
        }
        LocalDate on = today(clock);
        draftResponseOn = on;
        draftResponse = response.comments();
        draftResponseOnline = true;
        draftResponseBy = responder;
        preferredSettingId = response.preferredSettingId();
        draftComments.clear();
        draftComments.addAll(response.sections());
        Long preferred = preferredSettingId;
        record(EventType.DRAFT_RESPONSE_RECEIVED, on, clock, actor, null, null);
        raise(id -> new AssessmentEvent.DraftResponseReceived(id, childId, on, actor, preferred));
    }

    /** The council consults a setting about being named; it should respond within 15 days. */
    SettingConsultation consultSetting(long settingId, String settingName, LocalDate on, Clock clock,
                                       StatutoryCalendar calendar, Actor actor) {
        requireOpen(AssessmentStep.CONSULT_SETTING);
        inOrder(on, draftIssuedOn, today(clock));
        LocalDate due = calendar.settingResponseDue(on);
        SettingConsultation consultation = new SettingConsultation(this, settingId, on, due);
        consultations.add(consultation);
        record(EventType.SETTING_CONSULTED, on, clock, actor, settingName, due);
        raise(id -> new AssessmentEvent.SettingConsulted(id, childId, on, actor, settingId, due));
        return consultation;
    }

    /**
     * Reg 13(2): issue the final plan, naming the setting. Not before the 15-day comment window has run,
     * unless the parent or young person has already responded.
     */
    void finalise(LocalDate on, long namedSettingId, Clock clock, StatutoryCalendar calendar, Actor actor) {
        requireOpen(AssessmentStep.FINALISE);
        inOrder(on, draftResponseOn != null ? draftResponseOn : draftIssuedOn, today(clock));
        if (draftResponseOn == null && on.isBefore(calendar.earliestFinalisationDate(draftIssuedOn))) {
            throw new IllegalTransitionException(Field.DATE, "assessment.error.commentWindowOpen",
                    "The parent or young person has at least 15 days to comment on the draft",
                    calendar.draftCommentsCloseOn(draftIssuedOn), calendar.earliestFinalisationDate(draftIssuedOn));
        }
        finalIssuedOn = on;
        this.namedSettingId = namedSettingId;
        stage = Stage.FINAL;
        record(EventType.FINAL_ISSUED, on, clock, actor, null, null);
        List<String> advice = adviceLines();
        raise(id -> new AssessmentEvent.FinalPlanIssued(id, childId, on, actor, namedSettingId, advice));
    }

    /**
     * Reg 10(4): a reason the council need not meet a time limit, with its dates and a note. A note that is
     * missing or too long is refused as such, before the dates are checked against the regulation.
     */
    void recordException(Reg10Exception reason, LocalDate from, LocalDate to, String note, Clock clock, Actor actor) {
        if (stage.isClosed()) {
            throw new IllegalTransitionException(Field.STEP, "assessment.error.closed", "The assessment is closed");
        }
        if (reason == null) {
            throw new IllegalTransitionException(Field.REASON, "assessment.error.exceptionReasonRequired", "No reason");
        }
        requireText(note, Field.TEXT, "assessment.error.exceptionNoteRequired", AssessmentException.NOTE_MAX_LENGTH);
        notInFuture(from, today(clock));
        if (to.isBefore(from)) {
            throw new IllegalTransitionException(Field.END_DATE, "assessment.error.toDateBeforeFrom",
                    "The exception ends before it starts", from);
        }
        AssessmentException exception;
        try {
            exception = new AssessmentException(reason, from, to, note.trim());
        } catch (IllegalArgumentException outsideTheRegulation) {
            throw new IllegalTransitionException(Field.END_DATE, "assessment.error.exceptionPeriodInvalid",
                    outsideTheRegulation.getMessage(), from.plusDays(Reg10Exception.MINIMUM_CONTINUOUS_DAYS - 1));
        }
        exceptions.add(new RecordedException(this, exception));
        record(EventType.EXCEPTION_RECORDED, from, clock, actor, exception.note(), null);
        raise(id -> new AssessmentEvent.ExceptionRecorded(id, childId, from, actor, reason, to));
    }

    /** The steps open at the stage the case stands at. */
    List<AssessmentStep> openSteps() {
        return AssessmentStep.openAt(stage);
    }

    /** Section K's list: who gave advice and when it arrived, one line each. */
    List<String> adviceLines() {
        return adviceRequests.stream().filter(AdviceRequest::isReceived)
                .map(r -> r.getAddressee() + ", received " + UK_DATE.format(r.getReceivedOn())).toList();
    }

    @DomainEvents
    List<AssessmentEvent> domainEvents() {
        return pendingEvents.stream().map(event -> event.apply(id)).toList();
    }

    @AfterDomainEventPublication
    void clearDomainEvents() {
        pendingEvents.clear();
    }

    /** Every step that changes the case or its advice raises an event: the kept next date follows the change. */
    private void raise(Function<Long, AssessmentEvent> event) {
        pendingEvents.add(event);
        keepNextDeadline();
    }

    /**
     * Recomputes the kept next statutory date from the calendar; returns whether it changed. For the steps (through
     * {@link #raise}) and for cases written before the columns existed ({@link NextDeadlineBackfill}).
     */
    boolean keepNextDeadline() {
        Optional<NextDeadline> next = nextDeadline(CALENDAR);
        LocalDate due = next.map(NextDeadline::due).orElse(null);
        NextDeadline.What what = next.map(NextDeadline::what).orElse(null);
        boolean changed = !Objects.equals(due, nextDueDate) || what != nextDueKind;
        nextDueDate = due;
        nextDueKind = what;
        return changed;
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

    private void record(EventType type, LocalDate on, Clock clock, Actor actor, String detail, LocalDate dueOn) {
        timeline.add(new TimelineEvent(this, type, on, clock.instant(), actor, detail, dueOn));
    }

    private static LocalDate today(Clock clock) {
        return LocalDate.now(clock);
    }

    /** Refuses a step that is not open at the case's stage ({@link AssessmentStep} says which are). */
    private void requireOpen(AssessmentStep step) {
        if (!step.isOpenAt(stage)) {
            throw new IllegalTransitionException(Field.STEP, "assessment.error.wrongStage",
                    "Cannot take the step " + step + " when the assessment is at stage " + stage);
        }
    }

    private void requireAllAdvice() {
        if (adviceRequests.isEmpty()) {
            throw new IllegalTransitionException(Field.STEP, "assessment.error.noAdvice", "No advice has been asked for");
        }
        if (adviceRequests.stream().anyMatch(r -> !r.isReceived())) {
            throw new IllegalTransitionException(Field.STEP, "assessment.error.adviceOutstanding", "Advice is still outstanding");
        }
    }

    private Optional<LocalDate> latestAdviceReceived() {
        return adviceRequests.stream().map(AdviceRequest::getReceivedOn).max(Comparator.naturalOrder());
    }

    private static void requireText(String text, Field field, String messageKey, int maxLength) {
        if (text == null || text.isBlank()) {
            throw new IllegalTransitionException(field, messageKey, "Required text is missing");
        }
        if (text.trim().length() > maxLength) {
            throw tooLong(field, maxLength);
        }
    }

    private static IllegalTransitionException tooLong(Field field, int maxLength) {
        return new IllegalTransitionException(field, "assessment.error.textTooLong", "The text is too long", maxLength);
    }

    /** A step's date is on or after the step before it, and not in the future. */
    private static void inOrder(LocalDate on, LocalDate previous, LocalDate today) {
        notInFuture(on, today);
        if (previous != null && on.isBefore(previous)) {
            throw new IllegalTransitionException(Field.DATE, "assessment.error.dateBeforePreviousStep",
                    "The date is before the step it follows", previous);
        }
    }

    private static void notInFuture(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new IllegalTransitionException(Field.DATE, "assessment.error.dateInFuture", "The date is in the future",
                    today);
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

    Long getRequestingSettingId() {
        return requestingSettingId;
    }

    Long getSupportRecordId() {
        return supportRecordId;
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

    public boolean isDraftResponseOnline() {
        return draftResponseOnline;
    }

    public DraftResponder getDraftResponseBy() {
        return draftResponseBy;
    }

    public List<SectionComment> getDraftComments() {
        return List.copyOf(draftComments);
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

    public List<SettingConsultation> getConsultations() {
        return Collections.unmodifiableList(consultations);
    }

    public List<AssessmentException> getExceptions() {
        return exceptions.stream().map(RecordedException::toException).toList();
    }

    public LocalDate getNextDueDate() {
        return nextDueDate;
    }

    public NextDeadline.What getNextDueKind() {
        return nextDueKind;
    }

    public int getVersion() {
        return version;
    }
}
