package uk.send.pathway.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a support plan is next reviewed: a configured interval (a term by default), never later than a year. */
class SupportPolicyTest {

    static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Test
    void by_default_a_plan_is_reviewed_a_term_of_twelve_weeks_after_it_starts() {
        SupportPolicy policy = SupportPolicy.defaults();

        assertThat(policy.reviewDue(START, null)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void a_council_can_configure_another_interval() {
        SupportPolicy policy = new SupportPolicy(Period.ofMonths(6), null, null, null);

        assertThat(policy.reviewDue(START, null)).isEqualTo(LocalDate.of(2027, 3, 7));
    }

    @Test
    void an_interval_longer_than_the_yearly_minimum_is_refused_when_the_service_starts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportPolicy(Period.ofMonths(13), null, null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportPolicy(Period.ZERO, null, null, null));
    }

    @Test
    void a_whole_year_is_the_longest_interval_allowed() {
        SupportPolicy policy = new SupportPolicy(Period.ofYears(1), null, null, null);

        assertThat(policy.reviewDue(START, null)).isEqualTo(LocalDate.of(2027, 9, 7));
    }

    @Test
    void the_senco_may_choose_an_earlier_or_later_review_date_up_to_a_year_after_the_start() {
        SupportPolicy policy = SupportPolicy.defaults();

        assertThat(policy.reviewDue(START, LocalDate.of(2026, 10, 19))).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(policy.reviewDue(START, LocalDate.of(2027, 9, 7))).isEqualTo(LocalDate.of(2027, 9, 7));
    }

    @Test
    void a_chosen_review_date_more_than_a_year_after_the_start_is_refused_on_the_review_date_field() {
        assertThatThrownBy(() -> SupportPolicy.defaults().reviewDue(START, LocalDate.of(2027, 9, 8)))
                .isInstanceOfSatisfying(SupportRefusal.class, r -> {
                    assertThat(r.field()).isEqualTo(SupportRefusal.Field.REVIEW_DUE);
                    assertThat(r.key()).isEqualTo("support.error.reviewWithinAYear");
                });
    }

    @Test
    void a_chosen_review_date_on_or_before_the_start_is_refused() {
        assertThatThrownBy(() -> SupportPolicy.defaults().reviewDue(START, START))
                .isInstanceOfSatisfying(SupportRefusal.class,
                        r -> assertThat(r.key()).isEqualTo("support.error.reviewAfterStart"));
    }

    @Test
    void a_plan_starting_on_the_twenty_ninth_of_february_is_reviewed_by_the_twenty_eighth_a_year_on() {
        LocalDate leap = LocalDate.of(2028, 2, 29);

        assertThat(SupportPolicy.defaults().latestReview(leap)).isEqualTo(LocalDate.of(2029, 2, 28));
    }

    @Test
    void a_review_is_due_soon_within_the_warning_window_and_overdue_after_its_date() {
        SupportPolicy policy = SupportPolicy.defaults();
        LocalDate due = LocalDate.of(2026, 11, 30);

        assertThat(policy.status(due, due.minusDays(15))).isEqualTo(RegisterStatus.IN_PLACE);
        assertThat(policy.status(due, due.minusDays(14))).isEqualTo(RegisterStatus.REVIEW_DUE);
        assertThat(policy.status(due, due)).isEqualTo(RegisterStatus.REVIEW_DUE);
        assertThat(policy.status(due, due.plusDays(1))).isEqualTo(RegisterStatus.REVIEW_OVERDUE);
    }

    @Test
    void by_default_no_tier_is_in_force_today_s_law_so_a_plan_carries_none_and_the_kind_is_a_sen_support_plan() {
        SupportPolicy today = SupportPolicy.defaults();

        assertThat(today.tiersInForce()).isFalse();
        assertThat(today.tiersOffered()).isEmpty();
        assertThat(today.tiers()).extracting(SupportTier::code).containsExactly("TARGETED", "TARGETED_PLUS");
        assertThat(today.requireTier(null)).isNull();
        assertThat(today.planKind()).isEqualTo(PlanKind.SEN_SUPPORT_PLAN);
    }

    @Test
    void while_tiers_are_off_a_tier_sent_anyway_is_refused_on_the_tier() {
        assertThatThrownBy(() -> SupportPolicy.defaults().requireTier("TARGETED"))
                .isInstanceOfSatisfying(SupportRefusal.class, r -> {
                    assertThat(r.field()).isEqualTo(SupportRefusal.Field.TIER);
                    assertThat(r.key()).isEqualTo("support.error.tierNotOffered");
                });
    }

    static SupportPolicy whitePaper() {
        return new SupportPolicy(null, null, List.of(
                new SupportTier("TARGETED", "Targeted", null, true),
                new SupportTier("TARGETED_PLUS", "Targeted plus", Period.ofWeeks(6), true),
                new SupportTier("ENHANCED", "Enhanced (retired)", Period.ofWeeks(8), false)),
                PlanKind.INDIVIDUAL_SUPPORT_PLAN);
    }

    @Test
    void switched_on_the_senco_chooses_one_of_the_tiers_in_force_and_must_choose_one() {
        SupportPolicy reformed = whitePaper();

        assertThat(reformed.tiersInForce()).isTrue();
        assertThat(reformed.tiersOffered()).extracting(SupportTier::code).containsExactly("TARGETED", "TARGETED_PLUS");
        assertThat(reformed.requireTier("TARGETED_PLUS")).isEqualTo("TARGETED_PLUS");
        assertThat(reformed.planKind()).isEqualTo(PlanKind.INDIVIDUAL_SUPPORT_PLAN);
        assertThatThrownBy(() -> reformed.requireTier(null)).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.key()).isEqualTo("support.error.tierRequired"));
        assertThatThrownBy(() -> reformed.requireTier("ENHANCED")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.key()).isEqualTo("support.error.tierNotOffered"));
        assertThatThrownBy(() -> reformed.requireTier("SPECIALIST")).isInstanceOfSatisfying(SupportRefusal.class,
                r -> assertThat(r.key()).isEqualTo("support.error.tierNotOffered"));
    }

    @Test
    void the_review_falls_due_after_the_tier_s_interval_or_the_council_s_when_the_tier_sets_none() {
        SupportPolicy reformed = whitePaper();

        assertThat(reformed.reviewDue(START, null, "TARGETED_PLUS")).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(reformed.reviewDue(START, null, "TARGETED")).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(reformed.reviewDue(START, null, null)).isEqualTo(LocalDate.of(2026, 11, 30));
        // a date the SENCO chooses still wins, within 12 months
        assertThat(reformed.reviewDue(START, LocalDate.of(2027, 1, 4), "TARGETED_PLUS")).isEqualTo(LocalDate.of(2027, 1, 4));
    }

    @Test
    void a_tier_no_longer_configured_is_named_by_its_code_and_a_retired_one_by_its_name() {
        SupportPolicy reformed = whitePaper();

        assertThat(reformed.tierName("ENHANCED")).isEqualTo("Enhanced (retired)");
        assertThat(reformed.tierName("OLD_TIER")).isEqualTo("OLD_TIER");
        assertThat(reformed.tierName(null)).isNull();
    }

    @Test
    void a_tier_is_refused_when_the_service_starts_for_a_bad_code_no_name_an_interval_past_a_year_or_a_code_twice() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportTier("targeted", "Targeted", null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportTier("TARGETED';--", "Targeted", null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportTier("TARGETED", " ", null, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportTier("TARGETED", "T", Period.ofMonths(13), true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportTier("TARGETED", "T", Period.ZERO, true));
        assertThatIllegalArgumentException().isThrownBy(() -> new SupportPolicy(null, null, List.of(
                new SupportTier("A", "A", null, true), new SupportTier("A", "B", null, false)), null));
        assertThat(new SupportTier("UNIVERSAL", "Universal", Period.ofMonths(12), true).reviewInterval())
                .isEqualTo(Period.ofYears(1));
    }
}
