package uk.send.commissioning.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import uk.send.domain.reference.Money;

/** The INMSS register's rules on money and approval, at their boundaries. */
class PlacementRulesTest {

    @Test
    void joint_funding_shares_must_add_up_to_exactly_100() {
        assertThatCode(() -> new JointFunding(70, 20, 10)).doesNotThrowAnyException();
        assertThatCode(() -> new JointFunding(100, 0, 0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> new JointFunding(70, 20, 9)).isInstanceOfSatisfying(PlacementRefusal.class, r -> {
            assertThat(r.field()).isEqualTo(PlacementRefusal.Field.SHARES);
            assertThat(r.key()).isEqualTo("inmss.refusal.sharesSum");
            assertThat(r.arguments()).containsExactly(99);
        });
        assertThatThrownBy(() -> new JointFunding(70, 20, 11)).isInstanceOf(PlacementRefusal.class);
    }

    @Test
    void a_negative_share_or_one_over_100_is_refused_even_when_the_sum_is_100() {
        assertThatThrownBy(() -> new JointFunding(110, -10, 0)).isInstanceOfSatisfying(PlacementRefusal.class,
                r -> assertThat(r.key()).isEqualTo("inmss.refusal.shareRange"));
    }

    @Test
    void the_lifetime_cost_is_the_annual_cost_over_the_expected_months_rounded_half_up_to_the_penny() {
        assertThat(PlacementCosts.lifetime(Money.ofPounds("48000"), 60)).isEqualTo(Money.ofPounds("240000"));
        assertThat(PlacementCosts.lifetime(Money.ofPounds("48000"), 1)).isEqualTo(Money.ofPounds("4000"));
        // 1000.01 × 7 / 12 = 583.339166… → 583.34
        assertThat(PlacementCosts.lifetime(Money.ofPounds("1000.01"), 7)).isEqualTo(Money.ofPence(58_334));
        // 0.06 / 12 = 0.005 → half up to 0.01
        assertThat(PlacementCosts.lifetime(Money.ofPence(6), 1)).isEqualTo(Money.ofPence(1));
    }

    @Test
    void a_share_of_the_annual_cost_is_rounded_half_up_to_the_penny() {
        assertThat(PlacementCosts.share(Money.ofPounds("48000"), 15)).isEqualTo(Money.ofPounds("7200"));
        assertThat(PlacementCosts.share(Money.ofPence(50), 1)).isEqualTo(Money.ofPence(1));
        assertThat(PlacementCosts.share(Money.ofPence(49), 1)).isEqualTo(Money.ofPence(0));
    }

    @Test
    void approval_needs_every_criterion_met_with_evidence() {
        List<CriterionAnswer> all = List.of(new CriterionAnswer(1, true, "Panel minutes"),
                new CriterionAnswer(2, true, "Consultation responses"));
        assertThatCode(() -> ApprovalRule.requireApprovable(all, 2)).doesNotThrowAnyException();

        assertThatThrownBy(() -> ApprovalRule.requireApprovable(List.of(all.get(0),
                new CriterionAnswer(2, false, "Health has not agreed")), 2))
                .isInstanceOfSatisfying(PlacementRefusal.class, r -> assertThat(r.arguments()).containsExactly(2));
        assertThatThrownBy(() -> ApprovalRule.requireApprovable(List.of(all.get(0), new CriterionAnswer(2, true, "  ")), 2))
                .isInstanceOf(PlacementRefusal.class);
        assertThatThrownBy(() -> ApprovalRule.requireApprovable(List.of(all.get(1)), 2))
                .isInstanceOfSatisfying(PlacementRefusal.class, r -> assertThat(r.arguments()).containsExactly(1));
    }
}
