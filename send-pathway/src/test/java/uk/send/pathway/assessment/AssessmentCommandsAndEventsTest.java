package uk.send.pathway.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.pathway.assessment.NeedsAssessmentTest.BORN;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CALENDAR;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CASEWORKER;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CLOCK;
import static uk.send.pathway.assessment.NeedsAssessmentTest.RECEIVED;
import static uk.send.pathway.assessment.NeedsAssessmentTest.withId;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

import uk.send.pathway.assessment.AssessmentCommand.ConsultSetting;
import uk.send.pathway.assessment.AssessmentCommand.DecideNotToIssue;
import uk.send.pathway.assessment.AssessmentCommand.DecideToAssess;
import uk.send.pathway.assessment.AssessmentCommand.DecideToIssue;
import uk.send.pathway.assessment.AssessmentCommand.Finalise;
import uk.send.pathway.assessment.AssessmentCommand.IssueDraft;
import uk.send.pathway.assessment.AssessmentCommand.ReceiveAdvice;
import uk.send.pathway.assessment.AssessmentCommand.RecordDraftResponse;
import uk.send.pathway.assessment.AssessmentCommand.RecordException;
import uk.send.pathway.assessment.AssessmentCommand.RefuseToAssess;
import uk.send.pathway.assessment.AssessmentCommand.RequestAdvice;
import uk.send.pathway.assessment.IllegalTransitionException.Field;
import uk.send.pathway.calendar.Reg10Exception;

/**
 * Commands in, typed events out: each command takes its step through the aggregate, which raises the event
 * for it in the method that changed its state; and every refusal says which field it is about.
 */
class AssessmentCommandsAndEventsTest {

    static final long ID = 99;

    /** A saved case: it has its id, and the request's event has been published. */
    static NeedsAssessment saved() {
        NeedsAssessment a = NeedsAssessmentTest.requested();
        ReflectionTestUtils.setField(a, "id", ID);
        a.clearDomainEvents();
        return a;
    }

    static void take(NeedsAssessment a, AssessmentCommand command) {
        a.handle(command, CLOCK, CALENDAR, CASEWORKER, id -> "Setting " + id);
    }

    static IllegalTransitionException refusal(Runnable step) {
        try {
            step.run();
        } catch (IllegalTransitionException refused) {
            return refused;
        }
        throw new AssertionError("the step was not refused");
    }

    @Test
    void a_request_raises_request_received_with_the_id_the_case_gets_when_saved() {
        NeedsAssessment a = NeedsAssessmentTest.requested();
        ReflectionTestUtils.setField(a, "id", ID);

        assertThat(a.domainEvents()).containsExactly(
                new AssessmentEvent.RequestReceived(ID, 1L, RECEIVED, CASEWORKER, Requester.PARENT));
    }

    @Test
    void events_are_cleared_once_published() {
        NeedsAssessment a = saved();
        take(a, new DecideToAssess(RECEIVED.plusWeeks(2)));
        assertThat(a.domainEvents()).hasSize(1);

        a.clearDomainEvents();

        assertThat(a.domainEvents()).isEmpty();
    }

    @Test
    void the_whole_journey_by_commands_raises_one_typed_event_per_step() {
        NeedsAssessment a = saved();
        take(a, new DecideToAssess(RECEIVED.plusWeeks(2)));
        take(a, new RequestAdvice(RECEIVED.plusWeeks(2), AdviceSource.HEALTH, "Community paediatrics", null));
        withId(a.getAdviceRequests().get(0), 1);
        take(a, new ReceiveAdvice(RECEIVED.plusWeeks(7), 1, "Advice"));
        take(a, new DecideToIssue(RECEIVED.plusWeeks(8)));
        take(a, new IssueDraft(RECEIVED.plusWeeks(10)));
        take(a, new RecordDraftResponse(RECEIVED.plusWeeks(11), "Agreed", 5L));
        take(a, new ConsultSetting(RECEIVED.plusWeeks(11), 5L));
        take(a, new Finalise(RECEIVED.plusWeeks(14), 5L));

        List<AssessmentEvent> events = a.domainEvents();
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("DecidedToAssess",
                "AdviceRequested", "AdviceReceived", "DecidedToIssue", "DraftIssued", "DraftResponseReceived",
                "SettingConsulted", "FinalPlanIssued");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.assessmentId()).isEqualTo(ID);
            assertThat(e.childId()).isEqualTo(1L);
            assertThat(e.actor()).isEqualTo(CASEWORKER);
        });
        assertThat(events.get(1)).isEqualTo(new AssessmentEvent.AdviceRequested(ID, 1L, RECEIVED.plusWeeks(2), CASEWORKER,
                AdviceSource.HEALTH, null, RECEIVED.plusWeeks(8)));
        assertThat(events.get(4)).isEqualTo(new AssessmentEvent.DraftIssued(ID, 1L, RECEIVED.plusWeeks(10), CASEWORKER,
                CALENDAR.draftCommentsCloseOn(RECEIVED.plusWeeks(10)),
                List.of("Community paediatrics, received 24 February 2025")));
        assertThat(events.get(7)).isEqualTo(new AssessmentEvent.FinalPlanIssued(ID, 1L, RECEIVED.plusWeeks(14), CASEWORKER,
                5L, List.of("Community paediatrics, received 24 February 2025")));
    }

    @Test
    void refusing_deciding_not_to_issue_and_an_exception_raise_their_events() {
        NeedsAssessment refused = saved();
        take(refused, new RefuseToAssess(RECEIVED.plusWeeks(3), "Needs met at SEN Support"));
        assertThat(refused.domainEvents()).containsExactly(
                new AssessmentEvent.RefusedToAssess(ID, 1L, RECEIVED.plusWeeks(3), CASEWORKER));

        NeedsAssessment notIssued = saved();
        take(notIssued, new RecordException(RECEIVED.plusWeeks(1), RECEIVED.plusWeeks(6), Reg10Exception.AWAY_FROM_AREA,
                "Abroad"));
        take(notIssued, new DecideToAssess(RECEIVED.plusWeeks(2)));
        take(notIssued, new DecideNotToIssue(RECEIVED.plusWeeks(12), "Needs met at SEN Support"));
        assertThat(notIssued.domainEvents()).containsExactly(
                new AssessmentEvent.ExceptionRecorded(ID, 1L, RECEIVED.plusWeeks(1), CASEWORKER,
                        Reg10Exception.AWAY_FROM_AREA, RECEIVED.plusWeeks(6)),
                new AssessmentEvent.DecidedToAssess(ID, 1L, RECEIVED.plusWeeks(2), CASEWORKER),
                new AssessmentEvent.DecidedNotToIssue(ID, 1L, RECEIVED.plusWeeks(12), CASEWORKER));
    }

    @Test
    void the_timeline_records_when_each_step_was_recorded_by_the_injected_clock() {
        NeedsAssessment a = saved();

        assertThat(a.getTimeline()).extracting(TimelineEvent::getRecordedAt).containsExactly(CLOCK.instant());
    }

    @Nested
    class OpenSteps {

        @Test
        void a_new_request_offers_the_decision_and_an_exception_only() {
            assertThat(saved().openSteps()).containsExactly(AssessmentStep.DECIDE_TO_ASSESS,
                    AssessmentStep.REFUSE_TO_ASSESS, AssessmentStep.RECORD_EXCEPTION);
        }

        @Test
        void a_closed_case_has_no_open_steps() {
            NeedsAssessment a = saved();
            take(a, new RefuseToAssess(RECEIVED.plusWeeks(3), "reasons"));

            assertThat(a.openSteps()).isEmpty();
        }

        @ParameterizedTest
        @EnumSource(value = AssessmentStep.class, names = {"DECIDE_TO_ASSESS", "REFUSE_TO_ASSESS", "RECORD_EXCEPTION"},
                mode = EnumSource.Mode.EXCLUDE)
        void a_step_not_open_at_the_stage_is_refused_on_the_step_itself(AssessmentStep step) {
            NeedsAssessment a = saved();
            LocalDate on = RECEIVED.plusWeeks(1);
            AssessmentCommand command = switch (step) {
                case REQUEST_ADVICE -> new RequestAdvice(on, AdviceSource.HEALTH, "Paediatrics", null);
                case RECEIVE_ADVICE -> new ReceiveAdvice(on, 1, "Advice");
                case DECIDE_TO_ISSUE -> new DecideToIssue(on);
                case DECIDE_NOT_TO_ISSUE -> new DecideNotToIssue(on, "reasons");
                case ISSUE_DRAFT -> new IssueDraft(on);
                case RECORD_DRAFT_RESPONSE -> new RecordDraftResponse(on, "comments", null);
                case CONSULT_SETTING -> new ConsultSetting(on, 5L);
                case FINALISE -> new Finalise(on, 5L);
                default -> throw new IllegalStateException();
            };

            IllegalTransitionException refused = refusal(() -> take(a, command));

            assertThat(refused.field()).isEqualTo(Field.STEP);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.wrongStage");
            assertThat(a.getStage()).isEqualTo(Stage.REQUESTED);
            assertThat(a.domainEvents()).isEmpty();
        }
    }

    @Nested
    class RulesTiedToTheirFields {

        @Test
        void a_request_dated_before_the_child_was_born_is_refused_on_the_date() {
            IllegalTransitionException refused = refusal(() -> NeedsAssessment.receiveRequest(1L, BORN, Requester.PARENT,
                    BORN.minusDays(1), "reasons", null, CLOCK, CASEWORKER));

            assertThat(refused.field()).isEqualTo(Field.DATE);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.requestBeforeBirth");
            assertThat(refused.arguments()).containsExactly(BORN);
        }

        @Test
        void over_long_evidence_is_refused_on_the_evidence() {
            IllegalTransitionException refused = refusal(() -> NeedsAssessment.receiveRequest(1L, BORN, Requester.PARENT,
                    RECEIVED, "reasons", "e".repeat(4001), CLOCK, CASEWORKER));

            assertThat(refused.field()).isEqualTo(Field.EVIDENCE);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.textTooLong");
        }

        @Test
        void a_request_on_the_day_of_birth_is_accepted() {
            assertThat(NeedsAssessment.receiveRequest(1L, BORN, Requester.PARENT, BORN, "reasons", null, CLOCK, CASEWORKER)
                    .getStage()).isEqualTo(Stage.REQUESTED);
        }

        @Test
        void a_date_in_the_future_is_refused_on_the_date() {
            IllegalTransitionException refused = refusal(() -> take(saved(),
                    new DecideToAssess(NeedsAssessmentTest.TODAY.plusDays(1))));

            assertThat(refused.field()).isEqualTo(Field.DATE);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.dateInFuture");
        }

        @Test
        void a_date_before_the_previous_step_is_refused_on_the_date_naming_that_step_s_date() {
            IllegalTransitionException refused = refusal(() -> take(saved(), new DecideToAssess(RECEIVED.minusDays(1))));

            assertThat(refused.field()).isEqualTo(Field.DATE);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.dateBeforePreviousStep");
            assertThat(refused.arguments()).containsExactly(RECEIVED);
        }

        @Test
        void finalising_in_the_comment_window_is_refused_on_the_date_saying_until_when_the_family_can_comment() {
            LocalDate sent = RECEIVED.plusWeeks(12);
            NeedsAssessment a = NeedsAssessmentTest.draftIssued(sent);

            IllegalTransitionException refused = refusal(() -> take(a, new Finalise(sent.plusDays(3), 5L)));

            assertThat(refused.field()).isEqualTo(Field.DATE);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.commentWindowOpen");
            assertThat(refused.arguments()).containsExactly(sent.plusDays(14), sent.plusDays(15));
        }

        @Test
        void an_over_long_note_on_an_exception_is_refused_as_too_long_on_the_note_not_as_the_four_week_rule() {
            IllegalTransitionException refused = refusal(() -> take(saved(), new RecordException(RECEIVED.plusDays(1),
                    RECEIVED.plusDays(2), Reg10Exception.AWAY_FROM_AREA, "x".repeat(501))));

            assertThat(refused.field()).isEqualTo(Field.TEXT);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.textTooLong");
            assertThat(refused.arguments()).containsExactly(500);
        }

        @Test
        void an_absence_shorter_than_four_weeks_is_refused_on_the_end_date() {
            IllegalTransitionException refused = refusal(() -> take(saved(), new RecordException(RECEIVED.plusDays(1),
                    RECEIVED.plusDays(20), Reg10Exception.AWAY_FROM_AREA, "Abroad")));

            assertThat(refused.field()).isEqualTo(Field.END_DATE);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.exceptionPeriodInvalid");
            assertThat(refused.arguments()).containsExactly(RECEIVED.plusDays(28));
        }

        @Test
        void missing_reasons_are_refused_on_the_text() {
            IllegalTransitionException refused = refusal(() -> take(saved(), new RefuseToAssess(RECEIVED.plusDays(1), " ")));

            assertThat(refused.field()).isEqualTo(Field.TEXT);
            assertThat(refused.messageKey()).isEqualTo("assessment.error.refusalReasonsRequired");
        }
    }

    @Nested
    class ConsultingASetting {

        @Test
        void stores_the_setting_and_its_response_due_fifteen_days_later_also_on_the_timeline() {
            LocalDate sent = RECEIVED.plusWeeks(12);
            NeedsAssessment a = NeedsAssessmentTest.draftIssued(sent);

            take(a, new ConsultSetting(sent.plusDays(2), 5L));

            SettingConsultation consultation = a.getConsultations().get(0);
            assertThat(consultation.getSettingId()).isEqualTo(5L);
            assertThat(consultation.getConsultedOn()).isEqualTo(sent.plusDays(2));
            assertThat(consultation.getResponseDueOn()).isEqualTo(sent.plusDays(17));
            TimelineEvent last = a.getTimeline().get(a.getTimeline().size() - 1);
            assertThat(last.getType()).isEqualTo(EventType.SETTING_CONSULTED);
            assertThat(last.getDueOn()).isEqualTo(sent.plusDays(17));
            assertThat(last.getDetail()).isEqualTo("Setting 5");
        }
    }
}
