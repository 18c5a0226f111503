package uk.send.funding.topup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/**
 * An application to the panel, top-up or capital: submitted, then approved, declined with reasons or deferred for
 * information the school gives to send it back; every other move is refused and leaves it as it was.
 */
class DecisionStateTest {

    private static final LocalDate APPLIED = LocalDate.of(2026, 5, 1);
    private static final LocalDate DECIDED = LocalDate.of(2026, 5, 20);
    private static final String SENCO = "senco@example.test";
    private static final String PANEL = "panel@example.test";

    private final DecisionState submitted = DecisionState.submitted(APPLIED, SENCO);

    @Test
    void a_new_application_waits_for_the_panel_with_nothing_decided() {
        assertThat(submitted).isEqualTo(new DecisionState(ApplicationStatus.SUBMITTED, APPLIED, SENCO, null, null, null,
                null));
    }

    @Test
    void an_approval_records_who_decided_and_when_and_keeps_no_note() {
        assertThat(submitted.approved(DECIDED, PANEL)).isEqualTo(new DecisionState(ApplicationStatus.APPROVED, APPLIED,
                SENCO, null, DECIDED, PANEL, null));
    }

    @Test
    void a_decline_needs_its_reasons_stripped_and_within_two_thousand_characters() {
        assertThat(submitted.declined("  Not enough evidence \n", DECIDED, PANEL).decisionNote())
                .isEqualTo("Not enough evidence");
        assertThatThrownBy(() -> submitted.declined(" ", DECIDED, PANEL)).isInstanceOfSatisfying(FundingRefusal.class,
                r -> {
                    assertThat(r.field()).isEqualTo(FundingRefusal.Field.NOTE);
                    assertThat(r.key()).isEqualTo("funding.error.textRequired");
                });
        assertThatThrownBy(() -> submitted.declined("x".repeat(2001), DECIDED, PANEL))
                .isInstanceOfSatisfying(FundingRefusal.class, r -> assertThat(r.key()).isEqualTo("funding.error.textTooLong"));
        assertThat(submitted.declined("x".repeat(2000), DECIDED, PANEL).status()).isEqualTo(ApplicationStatus.DECLINED);
    }

    @Test
    void a_deferral_goes_back_to_the_panel_with_the_information_the_school_gives() {
        DecisionState deferred = submitted.deferred("The last review's notes", DECIDED, PANEL);
        assertThat(deferred.status()).isEqualTo(ApplicationStatus.DEFERRED);
        assertThatThrownBy(() -> deferred.approved(DECIDED, PANEL)).isInstanceOfSatisfying(FundingRefusal.class,
                r -> assertThat(r.key()).isEqualTo("funding.error.notAwaitingDecision"));

        DecisionState back = deferred.withMoreInformation("Notes attached");
        assertThat(back.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(back.moreInformation()).isEqualTo("Notes attached");
        assertThat(back.decisionNote()).isEqualTo("The last review's notes");
        assertThat(back.approved(DECIDED.plusDays(7), PANEL).status()).isEqualTo(ApplicationStatus.APPROVED);
    }

    @Test
    void a_decided_application_is_not_decided_again_nor_given_information_it_was_not_asked_for() {
        DecisionState approved = submitted.approved(DECIDED, PANEL);
        assertThatThrownBy(() -> approved.declined("Changed our mind", DECIDED, PANEL))
                .isInstanceOfSatisfying(FundingRefusal.class, r -> assertThat(r.field()).isEqualTo(FundingRefusal.Field.DECISION));
        assertThatThrownBy(() -> approved.deferred("More", DECIDED, PANEL)).isInstanceOf(FundingRefusal.class);
        assertThatThrownBy(() -> submitted.withMoreInformation("Unasked")).isInstanceOfSatisfying(FundingRefusal.class,
                r -> assertThat(r.key()).isEqualTo("funding.error.notDeferred"));
    }
}
