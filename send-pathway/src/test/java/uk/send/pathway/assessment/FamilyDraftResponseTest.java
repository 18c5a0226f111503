package uk.send.pathway.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.send.pathway.assessment.NeedsAssessmentTest.CLOCK;
import static uk.send.pathway.assessment.NeedsAssessmentTest.TODAY;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The family answers a draft themselves: it becomes the case's response to the draft, once. */
class FamilyDraftResponseTest {

    static final Actor PARENT = new Actor(11, "parent@example.test");

    @Test
    void the_family_s_answer_becomes_the_draft_response_dated_today_and_attributed_to_them() {
        NeedsAssessment a = NeedsAssessmentTest.draftIssued(TODAY.minusDays(5));
        a.receiveFamilyResponse(new FamilyDraftResponse(" Mostly right ", List.of(new SectionComment("B", "Add anxiety")), 5L),
                CLOCK, PARENT, DraftResponder.PARENT);

        assertThat(a.getDraftResponseOn()).isEqualTo(TODAY);
        assertThat(a.getDraftResponse()).isEqualTo("Mostly right");
        assertThat(a.isDraftResponseOnline()).isTrue();
        assertThat(a.getPreferredSettingId()).isEqualTo(5L);
        assertThat(a.getDraftComments()).containsExactly(new SectionComment("B", "Add anxiety"));
        assertThat(a.getTimeline().get(a.getTimeline().size() - 1).getActor()).isEqualTo(PARENT.name());
        assertThat(a.getDraftResponseBy()).isEqualTo(DraftResponder.PARENT);
    }

    @Test
    void a_young_person_s_own_answer_is_recorded_as_the_young_person_s_and_an_answer_on_paper_as_no_one_s_online() {
        NeedsAssessment online = NeedsAssessmentTest.draftIssued(TODAY.minusDays(5));
        online.receiveFamilyResponse(new FamilyDraftResponse("I want to study animal care", List.of(), null), CLOCK,
                new Actor(12, "young@example.test"), DraftResponder.YOUNG_PERSON);
        assertThat(online.getDraftResponseBy()).isEqualTo(DraftResponder.YOUNG_PERSON);

        NeedsAssessment paper = NeedsAssessmentTest.draftIssued(TODAY.minusDays(5));
        paper.receiveDraftResponse(TODAY, "Posted to us", null, CLOCK, new Actor(1, "caseworker@example.test"));
        assertThat(paper.isDraftResponseOnline()).isFalse();
        assertThat(paper.getDraftResponseBy()).isNull();
    }

    @Test
    void who_answered_follows_the_account_s_role_and_only_a_family_account_answers_online() {
        assertThat(DraftResponder.of(uk.send.domain.access.Role.PARENT)).isEqualTo(DraftResponder.PARENT);
        assertThat(DraftResponder.of(uk.send.domain.access.Role.YOUNG_PERSON)).isEqualTo(DraftResponder.YOUNG_PERSON);
        assertThatThrownBy(() -> DraftResponder.of(uk.send.domain.access.Role.CASEWORKER))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_answer_is_taken_once_and_never_replaces_one_already_received() {
        NeedsAssessment a = NeedsAssessmentTest.draftIssued(TODAY.minusDays(5));
        a.receiveFamilyResponse(new FamilyDraftResponse("First", List.of(), null), CLOCK, PARENT, DraftResponder.PARENT);

        assertThatThrownBy(() -> a.receiveFamilyResponse(new FamilyDraftResponse("Second", List.of(), null), CLOCK, PARENT, DraftResponder.PARENT))
                .isInstanceOf(IllegalTransitionException.class)
                .extracting(e -> ((IllegalTransitionException) e).messageKey())
                .isEqualTo("assessment.error.responseAlreadyReceived");
        assertThat(a.getDraftResponse()).isEqualTo("First");
    }

    @Test
    void an_empty_answer_and_an_answer_before_any_draft_are_refused() {
        assertThatThrownBy(() -> NeedsAssessmentTest.draftIssued(TODAY.minusDays(5))
                .receiveFamilyResponse(new FamilyDraftResponse(" ", List.of(), null), CLOCK, PARENT, DraftResponder.PARENT))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> NeedsAssessmentTest.requested()
                .receiveFamilyResponse(new FamilyDraftResponse("Too early", List.of(), null), CLOCK, PARENT, DraftResponder.PARENT))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void section_I_is_not_one_the_family_comments_on_since_a_draft_names_no_setting() {
        assertThatThrownBy(() -> new SectionComment("I", "Oakfield please")).isInstanceOf(IllegalArgumentException.class);
    }
}
