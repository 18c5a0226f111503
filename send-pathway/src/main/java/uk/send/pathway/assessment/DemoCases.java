package uk.send.pathway.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildIdentity;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.support.TimeConfiguration;
import uk.send.pathway.calendar.Reg10Exception;
import uk.send.pathway.calendar.StatutoryCalendar;

/**
 * Builds the demo caseload through the aggregate's own methods, so that every demo case is one a
 * caseworker could have made: each step legal, each date in order.
 */
@Component
public class DemoCases {

    /** The reasons of the demo family's request, which mark their case (see {@link #draftAwaitingComments}). */
    public static final String FAMILY_REASONS = "Our child is not making progress and is unhappy at school.";

    private final NeedsAssessmentRepository assessments;
    private final StatutoryCalendar calendar;
    private final ChildDirectory children;
    private final ReferenceData reference;

    DemoCases(NeedsAssessmentRepository assessments, StatutoryCalendar calendar, ChildDirectory children,
              ReferenceData reference) {
        this.reference = reference;
        this.assessments = assessments;
        this.calendar = calendar;
        this.children = children;
    }

    /** What the demo plans need to know of a case that reached the decision to issue. */
    public record PlanFacts(long assessmentId, long childId, LocalDate draftOn, LocalDate finalOn, Long namedSettingId,
                            List<String> advice) {
    }

    /**
     * One case for every other child given (up to 80), cycling through the stages.
     *
     * The cases' events are not published: the demo plans are written as they would have been by then
     * ({@code DemoPlans}), not by following each step.
     *
     * @return the facts of each case that reached the decision to issue a plan
     */
    public List<PlanFacts> create(List<Long> childIds, List<Long> settingIds, LocalDate today, long actorId, String actorName) {
        Actor actor = new Actor(actorId, actorName);
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(TimeConfiguration.LONDON).toInstant(), TimeConfiguration.LONDON);
        Map<Long, ChildIdentity> who = children.identities(childIds);
        List<PlanFacts> withPlans = new java.util.ArrayList<>();
        int made = 0;
        for (int i = 0; i < childIds.size() && made < 80; i += 2) {
            long child = childIds.get(i);
            long setting = settingIds.get(made % settingIds.size());
            NeedsAssessment a = scenario(made, child, who.get(child).dateOfBirth(), setting, clock, actor);
            a.clearDomainEvents();
            assessments.save(a);
            if (a.getDecidedToIssueOn() != null) {
                withPlans.add(new PlanFacts(a.getId(), child, a.getDraftIssuedOn(), a.getFinalIssuedOn(),
                        a.getNamedSettingId(), a.adviceLines()));
            }
            made++;
        }
        return withPlans;
    }

    /**
     * A case whose draft went out {@code daysAgo} days ago and awaits the family's comments: for the demo
     * parent, who can answer it online.
     */
    public PlanFacts draftAwaitingComments(long child, long setting, LocalDate today, int daysAgo, long actorId,
                                           String actorName) {
        Actor actor = new Actor(actorId, actorName);
        Clock clock = Clock.fixed(today.atTime(12, 0).atZone(TimeConfiguration.LONDON).toInstant(), TimeConfiguration.LONDON);
        LocalDate draft = today.minusDays(daysAgo);
        LocalDate received = draft.minusDays(84);
        NeedsAssessment a = NeedsAssessment.receiveRequest(child, children.identities(List.of(child)).get(child).dateOfBirth(),
                Requester.PARENT, received, FAMILY_REASONS,
                "SEN Support plans and the school's reviews.", clock, actor);
        a.decideToAssess(received.plusDays(35), clock, actor);
        a.requestAdvice(AdviceSource.EDUCATIONAL_PSYCHOLOGY, "Educational psychology service", received.plusDays(36), clock,
                calendar, actor);
        a.clearDomainEvents();
        assessments.saveAndFlush(a);
        a.receiveAdvice(a.getAdviceRequests().get(0).getId(), received.plusDays(70),
                "Summary of needs, outcomes sought and provision advised.", clock, actor);
        a.decideToIssue(received.plusDays(72), clock, actor);
        a.issueDraft(draft, clock, calendar, actor);
        a.clearDomainEvents();
        assessments.save(a);
        return new PlanFacts(a.getId(), child, draft, null, null, a.adviceLines());
    }

    private NeedsAssessment scenario(int n, long child, LocalDate bornOn, long setting, Clock clock, Actor actor) {
        LocalDate today = LocalDate.now(clock);
        Requester by = Requester.values()[n % Requester.values().length];
        int kind = n % 10;
        // spread the request dates so that some cases are on track, some due soon and some overdue
        LocalDate received = today.minusDays(switch (kind) {
            case 0 -> 10 + n % 20;          // awaiting the decision, on track
            case 1 -> 38 + n % 10;          // awaiting the decision, due soon or overdue
            case 2, 3 -> 50 + n % 40;       // assessing, advice in various states
            case 4 -> 95 + n % 10;          // drafting
            case 5 -> 112 + n % 20;         // draft issued
            case 6 -> 150 + n % 30;         // final, on time
            case 7 -> 170 + n % 30;         // final, late, with an exception
            case 8 -> 40 + n % 10;          // refused
            default -> 120 + n % 10;        // decided not to issue
        });
        NeedsAssessment a = NeedsAssessment.receiveRequest(child, bornOn, by, received,
                "Little progress over three cycles of SEN Support despite targeted help.",
                "SEN Support plans and reviews; speech and language therapy report.", clock, actor);
        if (kind == 0 || kind == 1) {
            return a;
        }
        if (kind == 8) {
            a.refuseToAssess(received.plusDays(35), "The school can meet the needs described from its own resources; "
                    + "outreach from the specialist team is recommended.", clock, actor);
            return a;
        }
        a.decideToAssess(received.plusDays(30), clock, actor);
        LocalDate asked = received.plusDays(31);
        a.requestAdvice(AdviceSource.EDUCATIONAL_PSYCHOLOGY, "Educational psychology service", asked, clock, calendar, actor);
        a.requestAdvice(AdviceSource.HEALTH, "Community paediatrics", asked, clock, calendar, actor);
        a.requestAdvice(AdviceSource.SOCIAL_CARE, "Children's social care", asked, clock, calendar, actor);
        if (kind == 7) {
            a.recordException(Reg10Exception.AWAY_FROM_AREA, received.plusDays(40), received.plusDays(75),
                    "Family abroad for a family emergency", clock, actor);
        }
        a.clearDomainEvents();
        assessments.saveAndFlush(a); // advice requests get their ids
        boolean allAdviceIn = kind != 2;
        for (AdviceRequest request : a.getAdviceRequests()) {
            LocalDate due = request.getDueOn();
            if (allAdviceIn || request.getSource() == AdviceSource.EDUCATIONAL_PSYCHOLOGY) {
                LocalDate in = kind == 7 ? due.plusDays(40) : due.minusDays(3);
                if (!in.isAfter(today)) {
                    a.receiveAdvice(request.getId(), in, "Summary of needs, outcomes sought and provision advised.", clock, actor);
                }
            }
        }
        if (kind == 2 || kind == 3 || a.getAdviceRequests().stream().anyMatch(r -> !r.isReceived())) {
            return a;
        }
        LocalDate adviceIn = a.getAdviceRequests().stream().map(AdviceRequest::getReceivedOn).max(LocalDate::compareTo).orElseThrow();
        if (kind == 9) {
            a.decideNotToIssue(adviceIn.plusDays(3), "The assessment found the needs can be met at SEN Support "
                    + "with the provision the advice describes.", clock, actor);
            return a;
        }
        a.decideToIssue(adviceIn.plusDays(2), clock, actor);
        if (kind == 4) {
            return a;
        }
        LocalDate draft = adviceIn.plusDays(9);
        a.issueDraft(draft, clock, calendar, actor);
        if (kind == 5) {
            return a;
        }
        a.receiveDraftResponse(draft.plusDays(10), "We agree with the draft and ask for the school named.", setting, clock, actor);
        a.consultSetting(setting, reference.settingView(setting).name(), draft.plusDays(10), clock, calendar, actor);
        a.finalise(kind == 7 ? draft.plusDays(30) : draft.plusDays(16), setting, clock, calendar, actor);
        return a;
    }
}
