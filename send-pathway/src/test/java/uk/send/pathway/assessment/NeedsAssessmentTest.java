package uk.send.pathway.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import uk.send.pathway.calendar.StatutoryCalendar;

class NeedsAssessmentTest {

    static final StatutoryCalendar CALENDAR = new StatutoryCalendar();
    static final Actor CASEWORKER = new Actor(7, "caseworker@example.test");
    /** Monday 6 January 2025. */
    static final LocalDate RECEIVED = LocalDate.of(2025, 1, 6);
    static final LocalDate TODAY = LocalDate.of(2025, 12, 31);
    /** Noon on {@link #TODAY}, London time. */
    static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
            ZoneId.of("Europe/London"));
    static final LocalDate BORN = LocalDate.of(2015, 3, 1);

    static NeedsAssessment requested() {
        return NeedsAssessment.receiveRequest(1L, BORN, Requester.PARENT, RECEIVED, "Not making progress despite support", null,
                CLOCK, CASEWORKER);
    }

    /** Advice requests get ids when saved; a unit test gives them ids by hand. */
    static AdviceRequest withId(AdviceRequest request, long id) {
        ReflectionTestUtils.setField(request, "id", id);
        return request;
    }

    static NeedsAssessment assessingWithAdviceIn() {
        NeedsAssessment a = requested();
        a.decideToAssess(RECEIVED.plusWeeks(4), CLOCK, CASEWORKER);
        withId(a.requestAdvice(AdviceSource.EDUCATIONAL_PSYCHOLOGY, "Educational psychology service",
                RECEIVED.plusWeeks(4), CLOCK, CALENDAR, CASEWORKER), 1);
        a.receiveAdvice(1, RECEIVED.plusWeeks(9), "Advice text", CLOCK, CASEWORKER);
        return a;
    }

    static NeedsAssessment draftIssued(LocalDate on) {
        NeedsAssessment a = assessingWithAdviceIn();
        a.decideToIssue(RECEIVED.plusWeeks(10), CLOCK, CASEWORKER);
        a.issueDraft(on, CLOCK, CALENDAR, CASEWORKER);
        return a;
    }

    @Test
    void a_new_request_waits_for_the_decision_to_assess_due_six_weeks_after_it_arrived() {
        NeedsAssessment a = requested();

        assertThat(a.getStage()).isEqualTo(Stage.REQUESTED);
        assertThat(a.nextDeadline(CALENDAR)).get()
                .isEqualTo(new NextDeadline(NextDeadline.What.DECISION_TO_ASSESS, LocalDate.of(2025, 2, 17)));
        assertThat(a.getTimeline()).extracting(TimelineEvent::getType).containsExactly(EventType.REQUEST_RECEIVED);
    }

    @Test
    void a_request_needs_reasons_and_cannot_be_dated_in_the_future() {
        assertThatThrownBy(() -> NeedsAssessment.receiveRequest(1L, BORN, Requester.SETTING, RECEIVED, " ", null, CLOCK, CASEWORKER))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> NeedsAssessment.receiveRequest(1L, BORN, Requester.SETTING, TODAY.plusDays(1), "reasons", null,
                CLOCK, CASEWORKER))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void the_whole_way_from_request_to_final_plan_within_twenty_weeks() {
        NeedsAssessment a = draftIssued(RECEIVED.plusWeeks(12));
        a.receiveDraftResponse(RECEIVED.plusWeeks(14), "We agree; we would like Oakfield", 5L, CLOCK, CASEWORKER);
        a.consultSetting(5L, "Oakfield", RECEIVED.plusWeeks(14), CLOCK, CALENDAR, CASEWORKER);
        a.finalise(RECEIVED.plusWeeks(17), 5L, CLOCK, CALENDAR, CASEWORKER);

        assertThat(a.getStage()).isEqualTo(Stage.FINAL);
        assertThat(a.nextDeadline(CALENDAR)).isEmpty();
        assertThat(a.timeliness(CALENDAR)).get().satisfies(t -> assertThat(t.withinTwentyWeeks()).isTrue());
        assertThat(a.getTimeline()).extracting(TimelineEvent::getType).containsExactly(
                EventType.REQUEST_RECEIVED, EventType.DECIDED_TO_ASSESS, EventType.ADVICE_REQUESTED,
                EventType.ADVICE_RECEIVED, EventType.DECIDED_TO_ISSUE, EventType.DRAFT_ISSUED,
                EventType.DRAFT_RESPONSE_RECEIVED, EventType.SETTING_CONSULTED, EventType.FINAL_ISSUED);
    }

    @Test
    void a_final_plan_a_day_after_twenty_weeks_is_late() {
        NeedsAssessment a = draftIssued(RECEIVED.plusWeeks(15));
        a.finalise(RECEIVED.plusWeeks(20).plusDays(1), 5L, CLOCK, CALENDAR, CASEWORKER);

        assertThat(a.timeliness(CALENDAR)).get().satisfies(t -> assertThat(t.withinTwentyWeeks()).isFalse());
    }

    @Nested
    class Refusing {

        @Test
        void a_refusal_records_its_reasons_and_closes_the_case() {
            NeedsAssessment a = requested();
            a.refuseToAssess(RECEIVED.plusWeeks(5), "Needs can be met at SEN Support", CLOCK, CASEWORKER);

            assertThat(a.getStage()).isEqualTo(Stage.REFUSED);
            assertThat(a.getStage().isClosed()).isTrue();
            assertThat(a.getRefusalReasons()).isEqualTo("Needs can be met at SEN Support");
            assertThat(a.nextDeadline(CALENDAR)).isEmpty();
        }

        @Test
        void a_refusal_without_reasons_is_refused() {
            assertThatThrownBy(() -> requested().refuseToAssess(RECEIVED.plusWeeks(5), "", CLOCK, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void nothing_further_can_happen_after_a_refusal() {
            NeedsAssessment a = requested();
            a.refuseToAssess(RECEIVED.plusWeeks(5), "reasons", CLOCK, CASEWORKER);

            assertThatThrownBy(() -> a.decideToAssess(RECEIVED.plusWeeks(5), CLOCK, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("REFUSED");
        }
    }

    @Nested
    class IllegalMoves {

        @Test
        void advice_cannot_be_requested_before_deciding_to_assess() {
            assertThatThrownBy(() -> requested().requestAdvice(AdviceSource.HEALTH, "Community paediatrics",
                    RECEIVED.plusDays(1), CLOCK, CALENDAR, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void a_decision_cannot_be_dated_before_the_request() {
            assertThatThrownBy(() -> requested().decideToAssess(RECEIVED.minusDays(1), CLOCK, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).messageKey())
                    .isEqualTo("assessment.error.dateBeforePreviousStep");
        }

        @Test
        void a_plan_cannot_be_decided_while_advice_is_outstanding() {
            NeedsAssessment a = requested();
            a.decideToAssess(RECEIVED.plusWeeks(2), CLOCK, CASEWORKER);
            a.requestAdvice(AdviceSource.SOCIAL_CARE, "Children's social care", RECEIVED.plusWeeks(2), CLOCK, CALENDAR, CASEWORKER);

            assertThatThrownBy(() -> a.decideToIssue(RECEIVED.plusWeeks(8), CLOCK, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).messageKey())
                    .isEqualTo("assessment.error.adviceOutstanding");
        }

        @Test
        void a_plan_cannot_be_decided_without_any_advice() {
            NeedsAssessment a = requested();
            a.decideToAssess(RECEIVED.plusWeeks(2), CLOCK, CASEWORKER);

            assertThatThrownBy(() -> a.decideToIssue(RECEIVED.plusWeeks(8), CLOCK, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void the_same_advice_cannot_be_recorded_twice() {
            NeedsAssessment a = assessingWithAdviceIn();

            assertThatThrownBy(() -> a.receiveAdvice(1, RECEIVED.plusWeeks(10), "again", CLOCK, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void the_final_plan_cannot_be_issued_before_the_draft() {
            NeedsAssessment a = assessingWithAdviceIn();
            a.decideToIssue(RECEIVED.plusWeeks(10), CLOCK, CASEWORKER);

            assertThatThrownBy(() -> a.finalise(RECEIVED.plusWeeks(12), 5L, CLOCK, CALENDAR, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class);
        }

        @Test
        void the_final_plan_waits_for_the_fifteen_day_comment_window_unless_the_family_has_responded() {
            LocalDate sent = RECEIVED.plusWeeks(12);
            NeedsAssessment a = draftIssued(sent);

            assertThatThrownBy(() -> a.finalise(sent.plusDays(14), 5L, CLOCK, CALENDAR, CASEWORKER))
                    .isInstanceOf(IllegalTransitionException.class)
                    .extracting(e -> ((IllegalTransitionException) e).messageKey())
                    .isEqualTo("assessment.error.commentWindowOpen");

            a.receiveDraftResponse(sent.plusDays(5), "Content with the draft", null, CLOCK, CASEWORKER);
            a.finalise(sent.plusDays(6), 5L, CLOCK, CALENDAR, CASEWORKER);
            assertThat(a.getStage()).isEqualTo(Stage.FINAL);
        }

        @Test
        void the_final_plan_can_be_issued_once_the_window_has_run() {
            LocalDate sent = RECEIVED.plusWeeks(12);
            NeedsAssessment a = draftIssued(sent);

            a.finalise(CALENDAR.earliestFinalisationDate(sent), 5L, CLOCK, CALENDAR, CASEWORKER);

            assertThat(a.getStage()).isEqualTo(Stage.FINAL);
        }
    }

    @Nested
    class NextStatutoryDate {

        @Test
        void while_assessing_it_is_the_earliest_outstanding_advice() {
            NeedsAssessment a = requested();
            a.decideToAssess(RECEIVED.plusWeeks(3), CLOCK, CASEWORKER);
            a.requestAdvice(AdviceSource.HEALTH, "Community paediatrics", RECEIVED.plusWeeks(3), CLOCK, CALENDAR, CASEWORKER);
            a.requestAdvice(AdviceSource.EDUCATION, "Oakfield Primary", RECEIVED.plusWeeks(4), CLOCK, CALENDAR, CASEWORKER);

            assertThat(a.nextDeadline(CALENDAR)).get()
                    .isEqualTo(new NextDeadline(NextDeadline.What.ADVICE, RECEIVED.plusWeeks(9)));
        }

        @Test
        void once_advice_is_in_it_is_the_sixteen_week_decision() {
            assertThat(assessingWithAdviceIn().nextDeadline(CALENDAR)).get()
                    .isEqualTo(new NextDeadline(NextDeadline.What.DECISION_NOT_TO_ISSUE, RECEIVED.plusWeeks(16)));
        }

        @Test
        void while_drafting_it_is_the_last_day_to_send_the_draft_and_still_leave_fifteen_days() {
            NeedsAssessment a = assessingWithAdviceIn();
            a.decideToIssue(RECEIVED.plusWeeks(10), CLOCK, CASEWORKER);

            assertThat(a.nextDeadline(CALENDAR)).get()
                    .isEqualTo(new NextDeadline(NextDeadline.What.DRAFT, RECEIVED.plusWeeks(20).minusDays(15)));
        }

        @Test
        void after_the_draft_it_is_the_twenty_week_final_plan() {
            assertThat(draftIssued(RECEIVED.plusWeeks(12)).nextDeadline(CALENDAR)).get()
                    .isEqualTo(new NextDeadline(NextDeadline.What.FINAL_PLAN, LocalDate.of(2025, 5, 26)));
        }
    }
}
