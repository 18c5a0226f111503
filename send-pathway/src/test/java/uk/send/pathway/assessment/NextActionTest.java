package uk.send.pathway.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import uk.send.pathway.calendar.DeadlineStatus;
import uk.send.pathway.calendar.StatutoryCalendar;

/** The one next action a case page offers first, and the day it is due by. */
class NextActionTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();
    final LocalDate received = LocalDate.of(2026, 9, 7);

    private AssessmentRecord.Milestones milestones(LocalDate draftIssued, LocalDate responseOn, Long preferred) {
        return new AssessmentRecord.Milestones(received, received.plusWeeks(5), null, null, null, null, null,
                draftIssued, responseOn, null, preferred, null, null,
                draftIssued == null ? null : calendar.earliestFinalisationDate(draftIssued),
                received.plusWeeks(20).minusDays(15), false, null, List.of());
    }

    private AssessmentRecord record(Stage stage, List<AssessmentRecord.AdviceView> advice,
                                    AssessmentRecord.Milestones m, List<AssessmentRecord.ConsultationView> consulted) {
        return new AssessmentRecord(1, null, stage, Requester.PARENT, "reasons", null, calendar.deadlinesFor(received),
                Optional.empty(), Optional.empty(), 0, Optional.empty(), m, advice, consulted, List.of(), List.of(),
                AssessmentStep.openAt(stage), 0, null, java.util.Map.of());
    }

    private AssessmentRecord.AdviceView advice(long id, LocalDate requested, LocalDate receivedOn) {
        return new AssessmentRecord.AdviceView(id, AdviceSource.EDUCATIONAL_PSYCHOLOGY, "EP service", requested,
                calendar.adviceDue(requested), receivedOn, receivedOn == null ? null : "advice",
                DeadlineStatus.ON_TRACK, 0, null, false);
    }

    @Test
    void a_new_request_asks_for_the_decision_by_six_weeks() {
        NextAction next = NextAction.of(record(Stage.REQUESTED, List.of(), milestones(null, null, null), List.of()))
                .orElseThrow();
        assertThat(next.step()).isEqualTo(AssessmentStep.DECIDE_TO_ASSESS);
        assertThat(next.due()).isEqualTo(LocalDate.of(2026, 10, 19));
    }

    @Test
    void an_assessment_with_no_advice_asked_for_asks_for_advice_first() {
        NextAction next = NextAction.of(record(Stage.ASSESSING, List.of(), milestones(null, null, null), List.of()))
                .orElseThrow();
        assertThat(next.step()).isEqualTo(AssessmentStep.REQUEST_ADVICE);
    }

    @Test
    void once_advice_is_out_the_next_action_is_to_record_the_advice_due_first_not_to_ask_again() {
        var later = advice(7, LocalDate.of(2026, 10, 20), null);
        var sooner = advice(8, LocalDate.of(2026, 10, 13), null);
        var back = advice(9, LocalDate.of(2026, 10, 12), LocalDate.of(2026, 10, 30));
        NextAction next = NextAction.of(record(Stage.ASSESSING, List.of(later, sooner, back),
                milestones(null, null, null), List.of())).orElseThrow();
        assertThat(next.step()).isEqualTo(AssessmentStep.RECEIVE_ADVICE);
        assertThat(next.adviceId()).isEqualTo(8L);
        assertThat(next.due()).isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void with_all_advice_back_the_next_action_is_the_decision_whether_to_issue_by_sixteen_weeks() {
        NextAction next = NextAction.of(record(Stage.ASSESSING,
                List.of(advice(1, LocalDate.of(2026, 10, 13), LocalDate.of(2026, 11, 1))),
                milestones(null, null, null), List.of())).orElseThrow();
        assertThat(next.step()).isEqualTo(AssessmentStep.DECIDE_TO_ISSUE);
        assertThat(next.due()).isEqualTo(received.plusWeeks(16));
    }

    @Test
    void a_draft_awaits_the_family_until_their_comments_close_then_the_setting_they_asked_for_then_the_final_plan() {
        LocalDate draft = LocalDate.of(2026, 12, 1);
        NextAction waiting = NextAction.of(record(Stage.DRAFT_ISSUED, List.of(), milestones(draft, null, null),
                List.of())).orElseThrow();
        assertThat(waiting.step()).isEqualTo(AssessmentStep.RECORD_DRAFT_RESPONSE);
        assertThat(waiting.due()).isEqualTo(LocalDate.of(2026, 12, 15));

        NextAction consult = NextAction.of(record(Stage.DRAFT_ISSUED, List.of(),
                milestones(draft, LocalDate.of(2026, 12, 10), 42L), List.of())).orElseThrow();
        assertThat(consult.step()).isEqualTo(AssessmentStep.CONSULT_SETTING);

        NextAction finalise = NextAction.of(record(Stage.DRAFT_ISSUED, List.of(),
                milestones(draft, LocalDate.of(2026, 12, 10), 42L),
                List.of(new AssessmentRecord.ConsultationView(42L, "School", LocalDate.of(2026, 12, 11),
                        LocalDate.of(2026, 12, 26))))).orElseThrow();
        assertThat(finalise.step()).isEqualTo(AssessmentStep.FINALISE);
        assertThat(finalise.due()).isEqualTo(received.plusWeeks(20));
    }

    @Test
    void a_drafting_case_sends_the_draft_and_a_closed_case_has_no_next_action() {
        assertThat(NextAction.of(record(Stage.DRAFTING, List.of(), milestones(null, null, null), List.of()))
                .orElseThrow().step()).isEqualTo(AssessmentStep.ISSUE_DRAFT);
        assertThat(NextAction.of(record(Stage.FINAL, List.of(), milestones(null, null, null), List.of()))).isEmpty();
        assertThat(NextAction.of(record(Stage.REFUSED, List.of(), milestones(null, null, null), List.of()))).isEmpty();
    }

    @Test
    void a_step_done_after_its_due_day_is_late_and_on_the_day_is_on_time() {
        LocalDate due = received.plusWeeks(6);
        assertThat(NextAction.late(due, due)).isFalse();
        assertThat(NextAction.late(due.plusDays(1), due)).isTrue();
        assertThat(NextAction.late(null, due)).isFalse();
    }
}
