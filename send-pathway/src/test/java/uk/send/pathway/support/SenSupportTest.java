package uk.send.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;

import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.pathway.plan.OutcomeTag;

/** A pupil's SEN Support and its assess-plan-do-review cycles, as an aggregate. */
class SenSupportTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
    static final LocalDate BORN = LocalDate.of(2017, 5, 4);
    static final SupportPolicy POLICY = SupportPolicy.defaults();

    static SenSupport added() {
        SenSupport s = SenSupport.add(7L, 3L, BORN, new AddToSenSupport(NeedCode.SLCN, NeedCode.SEMH,
                LocalDate.of(2026, 9, 1)), TODAY, "senco@example.test");
        ReflectionTestUtils.setField(s, "id", 21L);
        return s;
    }

    static SupportPlan planned(SenSupport s) {
        SupportPlan plan = s.startPlan(new StartPlan(null, LocalDate.of(2026, 9, 7), null,
                "Struggles to follow spoken instructions"), POLICY, TODAY, "senco@example.test");
        ReflectionTestUtils.setField(plan, "id", 31L);
        s.change(plan, new SupportPlanCommand.AddOutcome("Follows two-step instructions in class", OutcomeTag.I_AM_HEARD),
                TODAY, POLICY, "senco");
        s.change(plan, new SupportPlanCommand.AddProvision(new ProvisionItem("Speech and language group", "Twice a week",
                "Teaching assistant", WeeklyHours.parse("1.5"), Money.ofPounds("450.00"))), TODAY, POLICY, "senco");
        s.change(plan, new SupportPlanCommand.AddProvision(new ProvisionItem("Visual timetable", "Daily", "Class teacher",
                WeeklyHours.parse("0.25"), Money.ofPounds("12.50"))), TODAY, POLICY, "senco");
        return plan;
    }

    @Test
    void adding_a_pupil_raises_an_event_so_the_census_records_them_at_sen_support() {
        SenSupport s = added();

        assertThat(s.isOpen()).isTrue();
        assertThat(s.pendingEvents()).containsExactly(new AddedToSenSupport(7L, 3L, NeedCode.SLCN, NeedCode.SEMH,
                LocalDate.of(2026, 9, 1)));
    }

    @Test
    void a_pupil_is_not_added_in_the_future_before_birth_or_with_the_same_secondary_need() {
        assertThatThrownBy(() -> SenSupport.add(7L, 3L, BORN, new AddToSenSupport(NeedCode.SLCN, null, TODAY.plusDays(1)),
                TODAY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.DATE));
        assertThatThrownBy(() -> SenSupport.add(7L, 3L, BORN, new AddToSenSupport(NeedCode.SLCN, null, BORN.minusDays(1)),
                TODAY, "s")).isInstanceOf(SupportRefusal.class);
        assertThatThrownBy(() -> SenSupport.add(7L, 3L, BORN, new AddToSenSupport(NeedCode.SLCN, NeedCode.SLCN, TODAY),
                TODAY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.SECONDARY_NEED));
    }

    @Test
    void a_plan_is_reviewed_a_term_after_it_starts_and_costs_the_sum_of_its_provision_in_pence() {
        SupportPlan plan = planned(added());

        assertThat(plan.getReviewDue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(plan.totalCost()).isEqualTo(Money.ofPence(46_250));
        assertThat(plan.weeklyHours()).isEqualTo(new WeeklyHours(175));
    }

    @Test
    void only_one_cycle_is_open_at_a_time() {
        SenSupport s = added();
        planned(s);

        assertThatThrownBy(() -> s.startPlan(new StartPlan(null, TODAY, null, null), POLICY, TODAY, "s"))
                .isInstanceOfSatisfying(SupportRefusal.class, r -> assertThat(r.key()).isEqualTo("support.error.planOpen"));
    }

    @Test
    void a_plan_cannot_start_before_the_pupil_was_added_to_sen_support() {
        assertThatThrownBy(() -> added().startPlan(new StartPlan(null, LocalDate.of(2026, 8, 31), null,
                null), POLICY, TODAY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.DATE));
    }

    @Test
    void a_review_keeps_the_cycle_raises_its_next_step_and_opens_the_next_cycle_with_the_same_outcomes_and_provision() {
        SenSupport s = added();
        SupportPlan first = planned(s);
        s.change(first, new SupportPlanCommand.RecordProgress(0, Progress.PARTLY_ACHIEVED, "Most days"), TODAY, POLICY, "s");
        s.clearEvents();

        s.change(first, new SupportPlanCommand.Review(LocalDate.of(2026, 11, 27), NextStep.CONTINUE, "I like the group",
                "Going well at home", "Keep going", null), TODAY, POLICY, "senco");

        assertThat(first.getStatus()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(s.plans()).hasSize(2);
        SupportPlan second = s.openPlan().orElseThrow();
        assertThat(second.getCycle()).isEqualTo(2);
        assertThat(second.getStartsOn()).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(second.getReviewDue()).isEqualTo(LocalDate.of(2027, 2, 19));
        assertThat(second.outcomes()).extracting(SupportOutcome::outcome)
                .containsExactly("Follows two-step instructions in class");
        assertThat(second.outcomes().get(0).progress()).isNull();
        assertThat(second.totalCost()).isEqualTo(first.totalCost());
        assertThat(s.pendingEvents()).containsExactly(new SupportPlanReviewed(31L, 21L, 7L, 3L, 1,
                LocalDate.of(2026, 11, 27), NextStep.CONTINUE, "senco"));
    }

    @Test
    void a_review_that_finds_the_pupil_no_longer_has_sen_closes_their_sen_support_with_that_reason() {
        SenSupport s = added();
        SupportPlan first = planned(s);
        s.clearEvents();

        s.change(first, new SupportPlanCommand.Review(TODAY, NextStep.NO_LONGER_SEN, null, null, null, null), TODAY,
                POLICY, "senco");

        assertThat(s.isOpen()).isFalse();
        assertThat(s.getRemovalReason()).isEqualTo(RemovalReason.NEEDS_MET);
        assertThat(s.openPlan()).isEmpty();
        assertThat(s.pendingEvents()).hasSize(2).last().isEqualTo(new RemovedFromSenSupport(7L, 3L, RemovalReason.NEEDS_MET, TODAY));
    }

    @Test
    void a_review_is_not_dated_before_the_plan_started_or_in_the_future() {
        SenSupport s = added();
        SupportPlan first = planned(s);

        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.Review(LocalDate.of(2026, 9, 6), NextStep.CONTINUE,
                null, null, null, null), TODAY, POLICY, "s")).isInstanceOf(SupportRefusal.class);
        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.Review(TODAY.plusDays(1), NextStep.CONTINUE,
                null, null, null, null), TODAY, POLICY, "s")).isInstanceOf(SupportRefusal.class);
    }

    @Test
    void a_reviewed_cycle_no_longer_changes() {
        SenSupport s = added();
        SupportPlan first = planned(s);
        s.change(first, new SupportPlanCommand.Review(TODAY, NextStep.CHANGE, null, null, null, null), TODAY, POLICY, "s");

        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.AddOutcome("More", OutcomeTag.I_AM_SAFE), TODAY,
                POLICY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.key()).isEqualTo("support.error.planReviewed"));
    }

    @Test
    void progress_is_recorded_against_an_outcome_that_exists() {
        SenSupport s = added();
        SupportPlan first = planned(s);

        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.RecordProgress(5, Progress.ACHIEVED, null), TODAY,
                POLICY, "s")).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void removing_a_pupil_ends_the_open_cycle_unreviewed_and_keeps_the_history() {
        SenSupport s = added();
        SupportPlan first = planned(s);
        s.clearEvents();

        s.remove(new RemoveFromSenSupport(RemovalReason.LEFT_SETTING, "Moved away", TODAY), TODAY, "senco");

        assertThat(first.getStatus()).isEqualTo(PlanStatus.ENDED);
        assertThat(s.plans()).hasSize(1);
        assertThat(s.pendingEvents()).containsExactly(new RemovedFromSenSupport(7L, 3L, RemovalReason.LEFT_SETTING, TODAY));
        assertThatThrownBy(() -> s.remove(new RemoveFromSenSupport(RemovalReason.OTHER, null, TODAY), TODAY, "senco"))
                .isInstanceOf(SupportRefusal.class);
    }

    @Test
    void with_tiers_switched_on_a_plan_is_written_in_the_tier_chosen_falls_due_after_its_interval_and_the_next_cycle_keeps_it() {
        SupportPolicy reformed = SupportPolicyTest.whitePaper();
        SenSupport s = added();
        SupportPlan plan = s.startPlan(new StartPlan("TARGETED_PLUS", LocalDate.of(2026, 9, 7), null, null), reformed,
                TODAY, "senco");
        ReflectionTestUtils.setField(plan, "id", 41L);

        assertThat(plan.getTier()).isEqualTo("TARGETED_PLUS");
        assertThat(plan.getKind()).isEqualTo(PlanKind.INDIVIDUAL_SUPPORT_PLAN);
        assertThat(plan.getReviewDue()).isEqualTo(LocalDate.of(2026, 10, 19));

        s.change(plan, new SupportPlanCommand.Review(LocalDate.of(2026, 10, 19), NextStep.CONTINUE, null, null, null, null),
                LocalDate.of(2026, 10, 20), reformed, "senco");

        SupportPlan next = s.openPlan().orElseThrow();
        assertThat(next.getTier()).isEqualTo("TARGETED_PLUS");
        assertThat(next.getReviewDue()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void with_tiers_switched_on_a_plan_without_a_tier_is_refused_on_the_tier() {
        assertThatThrownBy(() -> added().startPlan(new StartPlan(null, LocalDate.of(2026, 9, 7), null, null),
                SupportPolicyTest.whitePaper(), TODAY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.TIER));
    }

    @Test
    void with_tiers_off_a_plan_carries_no_tier_and_a_cycle_begun_in_a_tier_since_switched_off_continues_without_one() {
        SenSupport s = added();
        SupportPlan plan = s.startPlan(new StartPlan("TARGETED", LocalDate.of(2026, 9, 7), null, null),
                SupportPolicyTest.whitePaper(), TODAY, "senco");
        ReflectionTestUtils.setField(plan, "id", 42L);

        s.change(plan, new SupportPlanCommand.Review(LocalDate.of(2026, 10, 19), NextStep.CONTINUE, null, null, null, null),
                LocalDate.of(2026, 10, 20), POLICY, "senco");

        assertThat(s.openPlan().orElseThrow().getTier()).isNull();
        assertThat(s.openPlan().orElseThrow().getReviewDue()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(planned(added()).getTier()).isNull();
    }

    @Test
    void with_tiers_switched_on_a_review_changes_the_tier_and_the_next_review_follows_the_new_tier_s_interval() {
        SupportPolicy reformed = SupportPolicyTest.whitePaper();
        SenSupport s = added();
        SupportPlan plan = s.startPlan(new StartPlan("TARGETED", LocalDate.of(2026, 9, 7), null, null), reformed,
                TODAY, "senco");
        ReflectionTestUtils.setField(plan, "id", 43L);
        assertThat(plan.getReviewDue()).isEqualTo(LocalDate.of(2026, 11, 30));

        s.change(plan, new SupportPlanCommand.Review(LocalDate.of(2026, 11, 2), NextStep.CONTINUE, null, null, null, null,
                "TARGETED_PLUS"), TODAY, reformed, "senco");

        assertThat(plan.getTier()).as("the reviewed cycle keeps the tier it ran in").isEqualTo("TARGETED");
        SupportPlan next = s.openPlan().orElseThrow();
        assertThat(next.getTier()).isEqualTo("TARGETED_PLUS");
        assertThat(next.getReviewDue()).as("6 weeks, targeted plus's interval, not targeted's 12")
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void with_tiers_switched_on_a_review_into_a_tier_not_in_force_or_unknown_is_refused_on_the_tier_and_changes_nothing() {
        SupportPolicy reformed = SupportPolicyTest.whitePaper();
        SenSupport s = added();
        SupportPlan plan = s.startPlan(new StartPlan("TARGETED", LocalDate.of(2026, 9, 7), null, null), reformed,
                TODAY, "senco");
        ReflectionTestUtils.setField(plan, "id", 44L);

        for (String tier : new String[] {"ENHANCED", "SPECIALIST"}) {
            assertThatThrownBy(() -> s.change(plan, new SupportPlanCommand.Review(LocalDate.of(2026, 10, 19),
                    NextStep.CONTINUE, null, null, null, null, tier), TODAY, reformed, "senco"))
                    .isInstanceOfSatisfying(SupportRefusal.class, r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.TIER));
        }
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.OPEN);
        assertThat(s.plans()).hasSize(1);
    }

    @Test
    void a_plan_whose_tier_was_retired_needs_a_tier_in_force_chosen_at_its_review() {
        SupportPolicy before = SupportPolicyTest.whitePaper();
        SenSupport s = added();
        SupportPlan plan = s.startPlan(new StartPlan("TARGETED", LocalDate.of(2026, 9, 7), null, null), before,
                TODAY, "senco");
        ReflectionTestUtils.setField(plan, "id", 45L);
        SupportPolicy targetedRetired = new SupportPolicy(null, null, java.util.List.of(
                new SupportTier("TARGETED", "Targeted", null, false),
                new SupportTier("TARGETED_PLUS", "Targeted plus", java.time.Period.ofWeeks(6), true)),
                PlanKind.INDIVIDUAL_SUPPORT_PLAN);

        assertThatThrownBy(() -> s.change(plan, new SupportPlanCommand.Review(LocalDate.of(2026, 10, 19),
                NextStep.CONTINUE, null, null, null, null), TODAY, targetedRetired, "senco"))
                .isInstanceOfSatisfying(SupportRefusal.class, r -> assertThat(r.key()).isEqualTo("support.error.tierRequired"));
        s.change(plan, new SupportPlanCommand.Review(LocalDate.of(2026, 10, 19), NextStep.CONTINUE, null, null, null,
                null, "TARGETED_PLUS"), TODAY, targetedRetired, "senco");
        assertThat(s.openPlan().orElseThrow().getTier()).isEqualTo("TARGETED_PLUS");
    }

    @Test
    void with_tiers_off_a_tier_sent_with_a_review_is_refused_and_a_review_ending_sen_support_carries_none() {
        SenSupport s = added();
        SupportPlan plan = planned(s);

        assertThatThrownBy(() -> s.change(plan, new SupportPlanCommand.Review(TODAY, NextStep.CONTINUE, null, null, null,
                null, "TARGETED"), TODAY, POLICY, "senco")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.TIER));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.OPEN);

        SenSupport reformed = added();
        SupportPlan tiered = reformed.startPlan(new StartPlan("TARGETED", LocalDate.of(2026, 9, 7), null, null),
                SupportPolicyTest.whitePaper(), TODAY, "senco");
        ReflectionTestUtils.setField(tiered, "id", 46L);
        reformed.change(tiered, new SupportPlanCommand.Review(TODAY, NextStep.NO_LONGER_SEN, null, null, null, null),
                TODAY, SupportPolicyTest.whitePaper(), "senco");
        assertThat(reformed.isOpen()).isFalse();
    }

    // --- every transition (issue 18 audit): each next step, and nothing after SEN Support ends

    @ParameterizedTest
    @EnumSource(value = NextStep.class, names = "NO_LONGER_SEN", mode = EnumSource.Mode.EXCLUDE)
    void every_next_step_but_no_longer_sen_keeps_the_pupil_at_sen_support_and_opens_the_next_cycle(NextStep step) {
        SenSupport s = added();
        SupportPlan first = planned(s);
        s.clearEvents();

        s.change(first, new SupportPlanCommand.Review(LocalDate.of(2026, 11, 27), step, null, null, null,
                LocalDate.of(2027, 1, 15)), TODAY, POLICY, "senco");

        assertThat(s.isOpen()).isTrue();
        assertThat(first.getStatus()).isEqualTo(PlanStatus.REVIEWED);
        assertThat(first.getNextStep()).isEqualTo(step);
        SupportPlan next = s.openPlan().orElseThrow();
        assertThat(next.getCycle()).isEqualTo(2);
        assertThat(next.getReviewDue()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(s.pendingEvents()).containsExactly(new SupportPlanReviewed(31L, 21L, 7L, 3L, 1,
                LocalDate.of(2026, 11, 27), step, "senco"));
    }

    @Test
    void a_review_needs_a_next_step_and_a_next_review_date_within_a_year_of_the_review() {
        SenSupport s = added();
        SupportPlan first = planned(s);

        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.Review(TODAY, null, null, null, null, null), TODAY,
                POLICY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.key()).isEqualTo("support.error.nextStepRequired"));
        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.Review(TODAY, NextStep.CONTINUE, null, null, null,
                TODAY.plusYears(1).plusDays(1)), TODAY, POLICY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.field()).isEqualTo(SupportRefusal.Field.REVIEW_DUE));
        assertThat(first.getStatus()).isEqualTo(PlanStatus.OPEN);
    }

    @Test
    void once_sen_support_has_ended_no_cycle_starts_and_the_ended_cycle_no_longer_changes() {
        SenSupport s = added();
        SupportPlan first = planned(s);
        s.remove(new RemoveFromSenSupport(RemovalReason.OTHER, null, TODAY), TODAY, "senco");

        assertThatThrownBy(() -> s.startPlan(new StartPlan(null, TODAY, null, null), POLICY, TODAY, "s"))
                .isInstanceOfSatisfying(SupportRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("support.error.notAtSenSupport"));
        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.Share(true), TODAY, POLICY, "s"))
                .isInstanceOfSatisfying(SupportRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("support.error.planReviewed"));
        assertThat(first.getStatus()).isEqualTo(PlanStatus.ENDED);
    }

    @Test
    void removal_needs_a_reason_and_a_day_not_before_the_pupil_was_added() {
        SenSupport s = added();

        assertThatThrownBy(() -> s.remove(new RemoveFromSenSupport(null, null, TODAY), TODAY, "s"))
                .isInstanceOfSatisfying(SupportRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("support.error.reasonRequired"));
        assertThatThrownBy(() -> s.remove(new RemoveFromSenSupport(RemovalReason.OTHER, null, LocalDate.of(2026, 8, 31)),
                TODAY, "s")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.key()).isEqualTo("support.error.removedBeforeAdded"));
        assertThat(s.isOpen()).isTrue();
    }

    @Test
    void outcomes_and_provision_are_added_and_removed_by_position_and_the_plan_shared_and_unshared() {
        SenSupport s = added();
        SupportPlan first = planned(s);

        s.change(first, new SupportPlanCommand.RemoveProvision(1), TODAY, POLICY, "s");
        assertThat(first.totalCost()).isEqualTo(Money.ofPounds("450.00"));
        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.RemoveProvision(1), TODAY, POLICY, "s"))
                .isInstanceOf(java.util.NoSuchElementException.class);
        s.change(first, new SupportPlanCommand.RemoveOutcome(0), TODAY, POLICY, "s");
        assertThat(first.outcomes()).isEmpty();
        assertThatThrownBy(() -> s.change(first, new SupportPlanCommand.RemoveOutcome(0), TODAY, POLICY, "s"))
                .isInstanceOf(java.util.NoSuchElementException.class);
        s.change(first, new SupportPlanCommand.Share(true), TODAY, POLICY, "s");
        assertThat(first.isSharedWithFamily()).isTrue();
        s.change(first, new SupportPlanCommand.Share(false), TODAY, POLICY, "s");
        assertThat(first.isSharedWithFamily()).isFalse();
    }

    @Test
    void a_pupil_leaving_ends_support_here_naming_where_they_went_and_joining_continues_it_with_the_same_needs() {
        SenSupport before = added();
        planned(before);
        before.leave(LocalDate.of(2026, 11, 20), 9L, TODAY, "senco");

        assertThat(before.getRemovalReason()).isEqualTo(RemovalReason.LEFT_SETTING);
        assertThat(before.getLeftToSettingId()).isEqualTo(9L);
        assertThat(before.openPlan()).isEmpty();

        SenSupport after = SenSupport.join(before, 9L, BORN, LocalDate.of(2026, 11, 23), TODAY, "next-senco");
        assertThat(after.getPreviousRecordId()).isEqualTo(21L);
        assertThat(after.getPrimaryNeed()).isEqualTo(NeedCode.SLCN);
        assertThat(after.getSecondaryNeed()).isEqualTo(NeedCode.SEMH);
        assertThat(after.plans()).isEmpty();
        assertThatThrownBy(() -> SenSupport.join(before, 9L, BORN, LocalDate.of(2026, 11, 19), TODAY, "next-senco"))
                .isInstanceOfSatisfying(SupportRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("support.error.joinedBeforeLeft"));
    }

    @Test
    void the_family_s_agreement_to_share_with_the_next_school_is_dated_not_in_the_future_and_cleared_when_withdrawn() {
        SenSupport s = added();

        assertThatThrownBy(() -> s.recordSharing(true, TODAY.plusDays(1), false, TODAY, "senco"))
                .isInstanceOf(SupportRefusal.class);
        s.recordSharing(true, TODAY, false, TODAY, "senco");
        assertThat(s.isSharedWithNextSchool()).isTrue();
        assertThat(s.getSharingAgreedOn()).isEqualTo(TODAY);
        s.recordSharing(false, null, true, TODAY, "parent");
        assertThat(s.isSharedWithNextSchool()).isFalse();
        assertThat(s.getSharingAgreedOn()).isNull();
        assertThat(s.isSharingByParent()).isFalse();
    }
}
