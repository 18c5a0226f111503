package uk.send.pathway.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * Advice requests for the advisers they are addressed to: their list, one request, and submitting the advice
 * online. An adviser's scope is exactly the requests addressed to them; anything else is refused and the
 * refusal audited. Of the child they see only who it is (name and date of birth).
 */
@Service
public class AdviceRequests {

    static final String ENTITY = "ADVICE_REQUEST";

    private final AdviceRequestRepository requests;
    private final NeedsAssessmentRepository assessments;
    private final ChildDirectory children;
    private final StatutoryCalendar calendar;
    private final AuditLog audit;
    private final Clock clock;

    AdviceRequests(AdviceRequestRepository requests, NeedsAssessmentRepository assessments, ChildDirectory children,
                   StatutoryCalendar calendar, AuditLog audit, Clock clock) {
        this.requests = requests;
        this.assessments = assessments;
        this.children = children;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * One page of the requests addressed to this adviser: those still waiting for their advice (the soonest due
     * first) or those answered (the latest answer first), with how many there are of each. Three statements
     * whatever the adviser's history: the counts, the page with its cases, and the page's children.
     */
    @Transactional(readOnly = true)
    public AdviceList forAdviser(Viewer viewer, boolean answered, Pageable pageable) {
        if (!viewer.is(Role.ADVISER)) {
            throw refused(viewer, null);
        }
        AdviceRequestRepository.AdviceCounts counts = requests.countForAdviser(viewer.userId());
        List<AdviceRequest> mine = answered
                ? requests.findByAdviserIdAndReceivedOnIsNotNullOrderByReceivedOnDescIdDesc(viewer.userId(), pageable)
                : requests.findByAdviserIdAndReceivedOnIsNullOrderByDueOnAscIdAsc(viewer.userId(), pageable);
        Map<Long, ChildIdentity> who = mine.isEmpty() ? Map.of() : children.identities(mine.stream()
                .map(r -> r.getAssessment().getChildId()).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        List<AdviceTask> tasks = mine.stream().map(r -> task(r, who.get(r.getAssessment().getChildId()), today)).toList();
        return new AdviceList(new PageImpl<>(tasks, pageable, answered ? counts.getAnswered() : counts.getWaiting()),
                counts.getWaiting(), counts.getAnswered());
    }

    /** A page of an adviser's requests, and how many wait for advice and how many are answered in all. */
    public record AdviceList(Page<AdviceTask> page, long waiting, long answered) {
    }

    /** One request addressed to this adviser; the view is audited. */
    @Transactional
    public AdviceTask view(Viewer viewer, long id) {
        AdviceRequest request = addressedTo(viewer, id, () -> requests.findByIdAndAdviserId(id, viewer.userId()));
        long childId = request.getAssessment().getChildId();
        audit.record(viewer, AuditAction.ADVICE_REQUEST_VIEWED, ENTITY, id);
        return task(request, children.identities(Set.of(childId)).get(childId), LocalDate.now(clock));
    }

    /**
     * The adviser submits their advice, dated today and attributed to them on the case's timeline. The case
     * refuses ({@link IllegalTransitionException}) advice given twice, empty advice, or advice after the case
     * has moved on from assessing.
     */
    @Transactional
    public void submit(Viewer viewer, long id, String advice) {
        AdviceRequest request = addressedTo(viewer, id, () -> requests.lockByIdAndAdviserId(id, viewer.userId()));
        NeedsAssessment assessment = request.getAssessment();
        LocalDate today = LocalDate.now(clock);
        assessment.receiveAdvice(id, today, advice, clock, new Actor(viewer.userId(), viewer.email()));
        assessments.saveAndFlush(assessment); // publishes the AdviceReceived event the step raised
        audit.record(viewer, AuditAction.ADVICE_SUBMITTED, ENTITY, id, "assessment " + assessment.getId());
    }

    private AdviceRequest addressedTo(Viewer viewer, long id, Supplier<Optional<AdviceRequest>> find) {
        if (!viewer.is(Role.ADVISER)) {
            throw refused(viewer, id);
        }
        return find.get().orElseThrow(() -> refused(viewer, id));
    }

    /** Audited in a transaction of its own, so the refusal stays when the refused work rolls back. */
    private NotInScopeException refused(Viewer viewer, Long id) {
        audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, id,
                "not addressed to this " + viewer.role());
        return new NotInScopeException(ENTITY);
    }

    private AdviceTask task(AdviceRequest r, ChildIdentity child, LocalDate today) {
        return new AdviceTask(r.getId(), child, r.getSource(), r.getAddressee(), r.getRequestedOn(), r.getDueOn(),
                r.isReceived() ? null : calendar.status(r.getDueOn(), today), calendar.daysUntil(r.getDueOn(), today),
                r.getReceivedOn(), r.getAdvice(),
                !r.isReceived() && r.getAssessment().getStage() == Stage.ASSESSING);
    }
}
