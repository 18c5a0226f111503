package uk.send.pathway.assessment;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;

/**
 * The one thing to do next on an open case, with the date it is due by: what the case page offers first.
 *
 * <ul>
 *   <li>Requested: decide whether to assess, by the 6-week date.</li>
 *   <li>Assessing: ask for advice while none has been asked for; while any is awaited, record the one due first,
 *       by its own 6-week date; once all has come back, decide whether to issue a plan, by the 16-week date.</li>
 *   <li>Drafting: send the draft, by the latest day that leaves the family their 15 days before the 20 weeks.</li>
 *   <li>Draft issued: record the family's response until they have given it, by the last day of their comments;
 *       then consult the setting they asked for if it has not been; then issue the final plan by 20 weeks.</li>
 * </ul>
 *
 * @param adviceId for recording advice, the request for advice it answers (else null)
 */
public record NextAction(AssessmentStep step, LocalDate due, Long adviceId) {

    /** The next action on the case, or empty for a closed case. */
    public static Optional<NextAction> of(AssessmentRecord c) {
        AssessmentRecord.Milestones m = c.milestones();
        return switch (c.stage()) {
            case REQUESTED -> Optional.of(new NextAction(AssessmentStep.DECIDE_TO_ASSESS,
                    c.deadlines().decisionToAssessDue(), null));
            case ASSESSING -> assessing(c);
            case DRAFTING -> Optional.of(new NextAction(AssessmentStep.ISSUE_DRAFT, m.latestDraftDate(), null));
            case DRAFT_ISSUED -> Optional.of(draftIssued(c));
            case FINAL, REFUSED, NOT_ISSUED -> Optional.empty();
        };
    }

    private static Optional<NextAction> assessing(AssessmentRecord c) {
        if (c.advice().isEmpty()) {
            return Optional.of(new NextAction(AssessmentStep.REQUEST_ADVICE, c.deadlines().decisionNotToIssueDue(), null));
        }
        return c.advice().stream().filter(a -> a.receivedOn() == null)
                .min(Comparator.comparing(AssessmentRecord.AdviceView::dueOn)
                        .thenComparing(AssessmentRecord.AdviceView::id))
                .map(a -> new NextAction(AssessmentStep.RECEIVE_ADVICE, a.dueOn(), a.id()))
                .or(() -> Optional.of(new NextAction(AssessmentStep.DECIDE_TO_ISSUE,
                        c.deadlines().decisionNotToIssueDue(), null)));
    }

    private static NextAction draftIssued(AssessmentRecord c) {
        AssessmentRecord.Milestones m = c.milestones();
        if (m.draftResponseOn() == null) {
            return new NextAction(AssessmentStep.RECORD_DRAFT_RESPONSE, m.earliestFinalisationDate().minusDays(1), null);
        }
        Long asked = m.preferredSettingId();
        boolean consulted = asked == null || c.consultations().stream().anyMatch(s -> s.settingId() == asked);
        return new NextAction(consulted ? AssessmentStep.FINALISE : AssessmentStep.CONSULT_SETTING,
                c.deadlines().finalPlanDue(), null);
    }

    /** Whether a step done on {@code done} was after the day it was due by (the due day itself is on time). */
    public static boolean late(LocalDate done, LocalDate due) {
        return done != null && due != null && done.isAfter(due);
    }
}
