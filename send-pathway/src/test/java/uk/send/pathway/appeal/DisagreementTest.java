package uk.send.pathway.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.calendar.TribunalCompliance;

/** A disagreement moves from mediation to the tribunal's order only through its own steps, in order. */
class DisagreementTest {

    final StatutoryCalendar calendar = new StatutoryCalendar();
    final LocalDate today = LocalDate.of(2027, 6, 1);
    final LocalDate decision = LocalDate.of(2027, 1, 11);

    private Disagreement contents() {
        return Disagreement.open(7, AppealType.CONTENTS, decision, decision, today, "caseworker@example.test");
    }

    private DisagreementRefusal.Field refusedField(Runnable step) {
        try {
            step.run();
        } catch (DisagreementRefusal refused) {
            return refused.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void mediation_offered_with_the_decision_opens_it_and_raises_an_event() {
        Disagreement d = contents();
        assertThat(d.stage()).isEqualTo(DisagreementStage.MEDIATION_OFFERED);
        assertThat(d.getMediationOfferedOn()).isEqualTo(decision);
        assertThat(d.events()).singleElement().isInstanceOf(DisagreementEvent.MediationOffered.class);
    }

    @Test
    void an_appeal_about_contents_needs_the_mediation_certificate_first_but_one_about_placement_only_does_not() {
        Disagreement d = contents();
        assertThat(refusedField(() -> d.take(new DisagreementCommand.RegisterAppeal(LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 4, 12)), today, calendar))).isEqualTo(DisagreementRefusal.Field.STEP);

        Disagreement placement = Disagreement.open(7, AppealType.PLACEMENT, decision, decision, today, "cw");
        placement.take(new DisagreementCommand.RegisterAppeal(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 12)),
                today, calendar);
        assertThat(placement.stage()).isEqualTo(DisagreementStage.APPEAL_REGISTERED);
    }

    @Test
    void the_whole_way_from_certificate_to_an_order_with_its_compliance_date_from_the_calendar() {
        Disagreement d = contents();
        d.take(new DisagreementCommand.IssueCertificate(LocalDate.of(2027, 2, 8), MediationOutcome.NOT_AGREED),
                today, calendar);
        d.take(new DisagreementCommand.RegisterAppeal(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 12)), today,
                calendar);
        d.take(new DisagreementCommand.ListHearing(LocalDate.of(2027, 7, 20)), today, calendar);
        assertThat(d.stage()).isEqualTo(DisagreementStage.HEARING_LISTED);
        d.take(new DisagreementCommand.Decide(LocalDate.of(2027, 5, 28), AppealOutcome.ALLOWED,
                TribunalCompliance.ORDER_AMEND_PLAN), today, calendar);

        assertThat(d.stage()).isEqualTo(DisagreementStage.DECIDED);
        // five weeks from the order, reg 44(2)(e)
        assertThat(d.getComplianceDue()).isEqualTo(LocalDate.of(2027, 7, 2));
        assertThat(d.events()).hasSize(5).last().isInstanceOf(DisagreementEvent.AppealDecided.class);
    }

    @Test
    void the_last_day_to_appeal_runs_from_the_decision_and_then_from_a_certificate_that_gives_longer() {
        Disagreement d = contents();
        assertThat(d.appealWindow(calendar)).isEqualTo(new StatutoryCalendar.AppealWindow(
                uk.send.pathway.calendar.StatutoryPeriod.APPEAL, LocalDate.of(2027, 3, 11)));
        d.take(new DisagreementCommand.IssueCertificate(LocalDate.of(2027, 2, 20), MediationOutcome.NOT_AGREED),
                today, calendar);
        assertThat(d.appealWindow(calendar)).isEqualTo(new StatutoryCalendar.AppealWindow(
                uk.send.pathway.calendar.StatutoryPeriod.APPEAL_AFTER_MEDIATION, LocalDate.of(2027, 3, 20)));
    }

    @Test
    void a_concession_takes_a_reg_45_compliance_and_an_order_a_reg_44_one() {
        Disagreement d = Disagreement.open(7, AppealType.PLACEMENT, decision, decision, today, "cw");
        d.take(new DisagreementCommand.RegisterAppeal(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 4, 12)), today,
                calendar);
        assertThat(refusedField(() -> d.take(new DisagreementCommand.Decide(LocalDate.of(2027, 3, 20),
                AppealOutcome.CONCEDED, TribunalCompliance.ORDER_AMEND_PLAN), today, calendar)))
                .isEqualTo(DisagreementRefusal.Field.COMPLIANCE);
        assertThat(refusedField(() -> d.take(new DisagreementCommand.Decide(LocalDate.of(2027, 3, 20),
                AppealOutcome.DISMISSED, TribunalCompliance.ORDER_AMEND_PLAN), today, calendar)))
                .isEqualTo(DisagreementRefusal.Field.COMPLIANCE);
        d.take(new DisagreementCommand.Decide(LocalDate.of(2027, 3, 20), AppealOutcome.CONCEDED,
                TribunalCompliance.CONCEDED_AMEND), today, calendar);
        assertThat(d.getComplianceDue()).isEqualTo(LocalDate.of(2027, 4, 24));
    }

    @Test
    void a_concession_counts_under_reg_45_only_up_to_the_day_the_council_s_response_is_due() {
        LocalDate responseDue = LocalDate.of(2027, 4, 12);
        // an appeal about placement only needs no mediation certificate
        Disagreement onTheDay = Disagreement.open(7, AppealType.PLACEMENT, decision, decision, today, "cw");
        onTheDay.take(new DisagreementCommand.RegisterAppeal(LocalDate.of(2027, 3, 1), responseDue), today, calendar);
        onTheDay.take(new DisagreementCommand.Decide(responseDue, AppealOutcome.CONCEDED,
                TribunalCompliance.CONCEDED_AMEND), today, calendar);
        assertThat(onTheDay.getComplianceDue()).isEqualTo(responseDue.plusWeeks(5));

        // after the response was due, the council's agreement is the tribunal's (consent) order: reg 44, not 45
        Disagreement dayAfter = Disagreement.open(7, AppealType.PLACEMENT, decision, decision, today, "cw");
        dayAfter.take(new DisagreementCommand.RegisterAppeal(LocalDate.of(2027, 3, 1), responseDue), today, calendar);
        assertThat(refusedField(() -> dayAfter.take(new DisagreementCommand.Decide(responseDue.plusDays(1),
                AppealOutcome.CONCEDED, TribunalCompliance.CONCEDED_AMEND), today, calendar)))
                .isEqualTo(DisagreementRefusal.Field.OUTCOME);
        dayAfter.take(new DisagreementCommand.Decide(responseDue.plusDays(1), AppealOutcome.ALLOWED,
                TribunalCompliance.ORDER_AMEND_PLACEMENT), today, calendar);
        assertThat(dayAfter.getComplianceDue()).isEqualTo(responseDue.plusDays(1).plusWeeks(2));
    }

    @Test
    void dates_out_of_order_or_in_the_future_are_refused_against_their_field() {
        assertThat(refusedField(() -> Disagreement.open(7, AppealType.CEASE, decision, decision.minusDays(1), today,
                "cw"))).isEqualTo(DisagreementRefusal.Field.SECOND_DATE);
        assertThat(refusedField(() -> Disagreement.open(7, AppealType.CEASE, today.plusDays(1), today.plusDays(1),
                today, "cw"))).isEqualTo(DisagreementRefusal.Field.DATE);
        Disagreement d = contents();
        assertThat(refusedField(() -> d.take(new DisagreementCommand.IssueCertificate(decision.minusDays(1),
                MediationOutcome.AGREED), today, calendar))).isEqualTo(DisagreementRefusal.Field.DATE);
        d.take(new DisagreementCommand.IssueCertificate(decision, MediationOutcome.NOT_TAKEN_UP), today, calendar);
        assertThat(refusedField(() -> d.take(new DisagreementCommand.RegisterAppeal(decision.plusDays(3),
                decision.plusDays(3)), today, calendar))).isEqualTo(DisagreementRefusal.Field.SECOND_DATE);
        assertThat(refusedField(() -> d.take(new DisagreementCommand.ListHearing(today), today, calendar)))
                .isEqualTo(DisagreementRefusal.Field.STEP);
    }
}
