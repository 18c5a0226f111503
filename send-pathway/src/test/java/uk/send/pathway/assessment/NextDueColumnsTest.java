package uk.send.pathway.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CALENDAR;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CASEWORKER;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CLOCK;
import static uk.send.pathway.assessment.NeedsAssessmentTest.RECEIVED;
import static uk.send.pathway.assessment.NeedsAssessmentTest.withId;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.pathway.calendar.Reg10Exception;

/**
 * The caseload sorts and filters on the next statutory date kept in the case's own columns
 * ({@code next_due_date}, {@code next_due_kind}); at every stage and in every state of its advice they say what
 * the calendar says ({@link NeedsAssessment#nextDeadline}).
 */
class NextDueColumnsTest {

    private static void keptAsTheCalendarSays(NeedsAssessment a, NextDeadline.What what, LocalDate due) {
        assertThat(a.nextDeadline(CALENDAR)).get().isEqualTo(new NextDeadline(what, due));
        assertThat(a.getNextDueKind()).isEqualTo(what);
        assertThat(a.getNextDueDate()).isEqualTo(due);
    }

    @Test
    void a_new_request_keeps_the_decision_to_assess_six_weeks_on() {
        keptAsTheCalendarSays(NeedsAssessmentTest.requested(), NextDeadline.What.DECISION_TO_ASSESS, RECEIVED.plusWeeks(6));
    }

    @Test
    void assessing_without_advice_asked_keeps_the_decision_not_to_issue_at_sixteen_weeks() {
        NeedsAssessment a = NeedsAssessmentTest.requested();
        a.decideToAssess(RECEIVED.plusWeeks(4), CLOCK, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.DECISION_NOT_TO_ISSUE, RECEIVED.plusWeeks(16));
    }

    @Test
    void outstanding_advice_keeps_the_earliest_advice_due_and_received_advice_moves_it_on() {
        NeedsAssessment a = NeedsAssessmentTest.requested();
        a.decideToAssess(RECEIVED.plusWeeks(2), CLOCK, CASEWORKER);
        withId(a.requestAdvice(AdviceSource.EDUCATIONAL_PSYCHOLOGY, "EP service", RECEIVED.plusWeeks(2), CLOCK, CALENDAR,
                CASEWORKER), 1);
        withId(a.requestAdvice(AdviceSource.HEALTH, "Health", RECEIVED.plusWeeks(3), CLOCK, CALENDAR, CASEWORKER), 2);
        keptAsTheCalendarSays(a, NextDeadline.What.ADVICE, RECEIVED.plusWeeks(8));

        a.receiveAdvice(1, RECEIVED.plusWeeks(5), "Advice", CLOCK, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.ADVICE, RECEIVED.plusWeeks(9));

        a.receiveAdvice(2, RECEIVED.plusWeeks(6), "Advice", CLOCK, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.DECISION_NOT_TO_ISSUE, RECEIVED.plusWeeks(16));
    }

    @Test
    void advice_due_after_the_sixteen_week_decision_leaves_that_decision_next() {
        NeedsAssessment a = NeedsAssessmentTest.requested();
        a.decideToAssess(RECEIVED.plusWeeks(5), CLOCK, CASEWORKER);
        withId(a.requestAdvice(AdviceSource.SOCIAL_CARE, "Social care", RECEIVED.plusWeeks(11), CLOCK, CALENDAR,
                CASEWORKER), 1);
        keptAsTheCalendarSays(a, NextDeadline.What.DECISION_NOT_TO_ISSUE, RECEIVED.plusWeeks(16));
    }

    @Test
    void drafting_keeps_the_last_day_to_send_the_draft_and_a_sent_draft_the_final_plan() {
        NeedsAssessment a = NeedsAssessmentTest.assessingWithAdviceIn();
        a.decideToIssue(RECEIVED.plusWeeks(10), CLOCK, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.DRAFT, RECEIVED.plusWeeks(20).minusDays(15));

        a.issueDraft(RECEIVED.plusWeeks(12), CLOCK, CALENDAR, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.FINAL_PLAN, RECEIVED.plusWeeks(20));

        a.receiveDraftResponse(RECEIVED.plusWeeks(13), "Comments", null, CLOCK, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.FINAL_PLAN, RECEIVED.plusWeeks(20));

        a.recordException(Reg10Exception.AWAY_FROM_AREA, RECEIVED.plusWeeks(13), RECEIVED.plusWeeks(18), "Abroad",
                CLOCK, CASEWORKER);
        keptAsTheCalendarSays(a, NextDeadline.What.FINAL_PLAN, RECEIVED.plusWeeks(20));
    }

    @Test
    void a_closed_case_keeps_no_date() {
        NeedsAssessment refused = NeedsAssessmentTest.requested();
        refused.refuseToAssess(RECEIVED.plusWeeks(3), "Needs met at SEN Support", CLOCK, CASEWORKER);
        assertThat(refused.getNextDueDate()).isNull();
        assertThat(refused.getNextDueKind()).isNull();

        NeedsAssessment notIssued = NeedsAssessmentTest.assessingWithAdviceIn();
        notIssued.decideNotToIssue(RECEIVED.plusWeeks(12), "Needs can be met without a plan", CLOCK, CASEWORKER);
        assertThat(notIssued.getNextDueDate()).isNull();

        NeedsAssessment finalised = NeedsAssessmentTest.draftIssued(RECEIVED.plusWeeks(12));
        finalised.finalise(RECEIVED.plusWeeks(17), 5L, CLOCK, CALENDAR, CASEWORKER);
        assertThat(finalised.getNextDueDate()).isNull();
        assertThat(finalised.getNextDueKind()).isNull();
    }
}
