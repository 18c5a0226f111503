package uk.send.pathway.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CALENDAR;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CASEWORKER;
import static uk.send.pathway.assessment.NeedsAssessmentTest.RECEIVED;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CLOCK;
import static uk.send.pathway.assessment.NeedsAssessmentTest.requested;
import static uk.send.pathway.assessment.NeedsAssessmentTest.withId;

import org.junit.jupiter.api.Test;

/** Advice asked of an adviser with an account, who submits it themselves; and of someone without one. */
class AdviceFromAnAdviserTest {

    static final Actor ADVISER = new Actor(42, "adviser@example.test");

    static NeedsAssessment assessing() {
        NeedsAssessment a = requested();
        a.decideToAssess(RECEIVED.plusWeeks(4), CLOCK, CASEWORKER);
        return a;
    }

    /** Being assessed, with educational psychology advice (request 1) asked of the adviser. */
    static NeedsAssessment adviceAskedOfTheAdviser() {
        NeedsAssessment a = assessing();
        withId(a.requestAdvice(AdviceSource.EDUCATIONAL_PSYCHOLOGY, "Educational psychology service", ADVISER.userId(),
                RECEIVED.plusWeeks(4), CLOCK, CALENDAR, CASEWORKER), 1);
        return a;
    }

    @Test
    void advice_asked_of_an_adviser_is_addressed_to_their_account_and_due_in_six_weeks() {
        AdviceRequest request = assessing().requestAdvice(AdviceSource.EDUCATIONAL_PSYCHOLOGY, "Educational psychology service",
                ADVISER.userId(), RECEIVED.plusWeeks(4), CLOCK, CALENDAR, CASEWORKER);

        assertThat(request.getAdviserId()).isEqualTo(42L);
        assertThat(request.isAddressedTo(42)).isTrue();
        assertThat(request.isAddressedTo(43)).isFalse();
        assertThat(request.getDueOn()).isEqualTo(RECEIVED.plusWeeks(10));
    }

    @Test
    void the_old_way_of_asking_addresses_the_advice_to_no_account() {
        AdviceRequest request = assessing().requestAdvice(AdviceSource.HEALTH, "Community paediatrics",
                RECEIVED.plusWeeks(4), CLOCK, CALENDAR, CASEWORKER);

        assertThat(request.getAdviserId()).isNull();
        assertThat(request.isAddressedTo(CASEWORKER.userId())).isFalse();
    }

    @Test
    void advice_the_adviser_submits_is_marked_as_theirs_and_attributed_to_them_on_the_timeline() {
        NeedsAssessment a = adviceAskedOfTheAdviser();

        a.receiveAdvice(1, RECEIVED.plusWeeks(8), "Needs, outcomes and provision", CLOCK, ADVISER);

        AdviceRequest request = a.getAdviceRequests().get(0);
        assertThat(request.isReceived()).isTrue();
        assertThat(request.isSubmittedByAdviser()).isTrue();
        TimelineEvent last = a.getTimeline().get(a.getTimeline().size() - 1);
        assertThat(last.getType()).isEqualTo(EventType.ADVICE_RECEIVED);
        assertThat(last.getActor()).isEqualTo(ADVISER.name());
    }

    @Test
    void advice_a_caseworker_records_for_an_adviser_is_not_marked_as_submitted_by_them() {
        NeedsAssessment a = adviceAskedOfTheAdviser();

        a.receiveAdvice(1, RECEIVED.plusWeeks(8), "Sent by email", CLOCK, CASEWORKER);

        assertThat(a.getAdviceRequests().get(0).isSubmittedByAdviser()).isFalse();
    }

    @Test
    void an_adviser_cannot_submit_twice_nor_after_the_case_has_moved_on() {
        NeedsAssessment a = adviceAskedOfTheAdviser();
        a.receiveAdvice(1, RECEIVED.plusWeeks(8), "First", CLOCK, ADVISER);

        assertThatThrownBy(() -> a.receiveAdvice(1, RECEIVED.plusWeeks(9), "Second", CLOCK, ADVISER))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).messageKey())
                .isEqualTo("assessment.error.adviceAlreadyReceived");

        a.decideToIssue(RECEIVED.plusWeeks(9), CLOCK, CASEWORKER);
        assertThatThrownBy(() -> a.receiveAdvice(1, RECEIVED.plusWeeks(10), "Late", CLOCK, ADVISER))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).messageKey())
                .isEqualTo("assessment.error.wrongStage");
    }
}
