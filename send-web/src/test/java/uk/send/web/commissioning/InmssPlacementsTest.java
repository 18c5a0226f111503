package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.commissioning.placement.CriterionAnswer;
import uk.send.commissioning.placement.InmssDashboard;
import uk.send.commissioning.placement.InmssPlacements;
import uk.send.commissioning.placement.JointFunding;
import uk.send.commissioning.placement.NewPlacement;
import uk.send.commissioning.placement.PlacementDecision;
import uk.send.commissioning.placement.PlacementRefusal;
import uk.send.commissioning.placement.PlacementStatus;
import uk.send.commissioning.placement.PlacementView;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;

/**
 * The INMSS register against figures counted by hand: recording, the approval rule, the decision kept with who
 * made it (and audited), reviews, and the dashboard's counts, totals and averages, transfer points and reviews due.
 */
@SpringBootTest
class InmssPlacementsTest {

    @Autowired
    InmssPlacements placements;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Viewer commissioner;
    FootprintView footprint;
    SettingView school;

    @BeforeEach
    void aCommissionerAndAnIndependentSchool() {
        commissioner = accounts.viewer(fixtures.account(Role.COMMISSIONER, null, Set.of()).id()).orElseThrow();
        footprint = fixtures.footprint();
        school = reference.createSetting(new SettingDetails(String.valueOf(600000 + Fixtures.next()), "Independent " + Fixtures.next(),
                SettingType.INMSS, Phase.ALL_THROUGH, footprint.id(), null, true), Fixtures.SYSTEM);
    }

    private List<CriterionAnswer> answers(boolean lastMet) {
        int n = placements.criteria().size();
        return IntStream.rangeClosed(1, n).mapToObj(p -> new CriterionAnswer(p, p < n || lastMet, "Evidence " + p)).toList();
    }

    private NewPlacement placement(NeedCode need, String annualPounds, LocalDate start, LocalDate transfer, boolean lastMet) {
        return new NewPlacement(school.id(), footprint.id(), need, start, start.plusYears(5), Money.ofPounds(annualPounds),
                new JointFunding(70, 20, 10), 60, "Attends full time", transfer, "Local resource base", answers(lastMet));
    }

    private long approved(NeedCode need, String annualPounds, LocalDate start, LocalDate transfer) {
        long id = placements.record(commissioner, placement(need, annualPounds, start, transfer, true));
        placements.decide(commissioner, id, placements.view(id).version(), new PlacementDecision(true, start.isAfter(today) ? today : start, null));
        return id;
    }

    @Test
    void a_recorded_placement_has_a_reference_its_agreement_and_its_answers_as_worded_and_awaits_a_decision() {
        long id = placements.record(commissioner, placement(NeedCode.ASD, "48000", today.minusMonths(1), today.plusYears(2), true));
        PlacementView view = placements.view(id);
        assertThat(view.reference()).isEqualTo("INMSS-%05d".formatted(id));
        assertThat(view.status()).isEqualTo(PlacementStatus.PROPOSED);
        assertThat(view.lifetimeCost()).isEqualTo(Money.ofPounds("240000"));
        assertThat(view.educationCost()).isEqualTo(Money.ofPounds("33600"));
        assertThat(view.socialCareCost()).isEqualTo(Money.ofPounds("9600"));
        assertThat(view.healthCost()).isEqualTo(Money.ofPounds("4800"));
        assertThat(view.answers()).extracting(PlacementView.Answer::criterion).isEqualTo(placements.criteria());
        assertThat(view.recordedBy()).isEqualTo(commissioner.email());
        assertThat(audited("INMSS_PLACEMENT_RECORDED", id)).isEqualTo(1);
    }

    @Test
    void a_placement_with_a_criterion_not_met_cannot_be_approved_and_a_refusal_needs_its_reasons() {
        long id = placements.record(commissioner, placement(NeedCode.SEMH, "50000", today.minusMonths(1), today.plusYears(2), false));
        int version = placements.view(id).version();
        assertThatThrownBy(() -> placements.decide(commissioner, id, version, new PlacementDecision(true, today, null)))
                .isInstanceOfSatisfying(PlacementRefusal.class,
                        r -> assertThat(r.arguments()).containsExactly(placements.criteria().size()));
        assertThatThrownBy(() -> placements.decide(commissioner, id, version, new PlacementDecision(false, today, " ")))
                .isInstanceOfSatisfying(PlacementRefusal.class, r -> assertThat(r.field()).isEqualTo(PlacementRefusal.Field.NOTE));

        placements.decide(commissioner, id, version, new PlacementDecision(false, today, "A local place meets the needs"));
        PlacementView refused = placements.view(id);
        assertThat(refused.status()).isEqualTo(PlacementStatus.REFUSED);
        assertThat(refused.decidedBy()).isEqualTo(commissioner.email());
        assertThat(refused.decidedOn()).isEqualTo(today);
        assertThat(audited("INMSS_PLACEMENT_REFUSED", id)).isEqualTo(1);
        assertThatThrownBy(() -> placements.decide(commissioner, id, refused.version(), new PlacementDecision(false, today, "Again")))
                .isInstanceOf(PlacementRefusal.class);
    }

    @Test
    void a_decision_on_a_page_out_of_date_is_a_conflict_and_a_decision_tomorrow_is_refused() {
        long id = placements.record(commissioner, placement(NeedCode.ASD, "48000", today.minusMonths(1), today.plusYears(2), true));
        int version = placements.view(id).version();
        assertThatThrownBy(() -> placements.decide(commissioner, id, version, new PlacementDecision(true, today.plusDays(1), null)))
                .isInstanceOf(PlacementRefusal.class);
        assertThatThrownBy(() -> placements.decide(commissioner, id, version + 1, new PlacementDecision(true, today, null)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        placements.decide(commissioner, id, version, new PlacementDecision(true, today, null));
        assertThat(placements.view(id).status()).isEqualTo(PlacementStatus.APPROVED);
        assertThat(audited("INMSS_PLACEMENT_APPROVED", id)).isEqualTo(1);
    }

    @Test
    void shares_that_do_not_add_up_and_a_transfer_point_after_the_planned_end_are_refused() {
        assertThatThrownBy(() -> new JointFunding(60, 20, 10)).isInstanceOf(PlacementRefusal.class);
        LocalDate start = today.minusMonths(1);
        assertThatThrownBy(() -> placements.record(commissioner, placement(NeedCode.ASD, "48000", start, start.plusYears(5).plusDays(1), true)))
                .isInstanceOfSatisfying(PlacementRefusal.class,
                        r -> assertThat(r.field()).isEqualTo(PlacementRefusal.Field.TRANSFER_POINT));
        SettingView mainstream = fixtures.school(footprint);
        NewPlacement atAMainstreamSchool = new NewPlacement(mainstream.id(), footprint.id(), NeedCode.ASD, start,
                start.plusYears(1), Money.ofPounds("1000"), new JointFunding(100, 0, 0), 12, "Outcomes", start.plusMonths(6),
                "Back", answers(true));
        assertThatThrownBy(() -> placements.record(commissioner, atAMainstreamSchool))
                .isInstanceOfSatisfying(PlacementRefusal.class, r -> assertThat(r.field()).isEqualTo(PlacementRefusal.Field.SETTING));
    }

    @Test
    void the_dashboard_counts_running_placements_by_footprint_and_need_with_total_and_average_cost() {
        approved(NeedCode.ASD, "48000", today.minusMonths(6), today.plusYears(2));
        approved(NeedCode.ASD, "60000.01", today.minusMonths(6), today.plusYears(2));
        approved(NeedCode.SEMH, "70000", today, today.plusYears(2));
        // not running: starts tomorrow; awaiting a decision
        approved(NeedCode.SEMH, "99000", today.plusDays(1), today.plusYears(2));
        placements.record(commissioner, placement(NeedCode.ASD, "99000", today.minusMonths(6), today.plusYears(2), true));

        InmssDashboard dashboard = placements.dashboard();
        List<InmssDashboard.CostLine> mine = dashboard.byFootprintAndNeed().stream()
                .filter(l -> l.footprintName().equals(footprint.name())).toList();
        assertThat(mine).extracting(InmssDashboard.CostLine::need, InmssDashboard.CostLine::placements,
                        InmssDashboard.CostLine::totalAnnualCost, InmssDashboard.CostLine::averageAnnualCost)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(NeedCode.ASD, 2L, Money.ofPence(10_800_001), Money.ofPence(5_400_001)),
                        org.assertj.core.groups.Tuple.tuple(NeedCode.SEMH, 1L, Money.ofPounds("70000"), Money.ofPounds("70000")));
        assertThat(dashboard.total().placements()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void transfer_points_in_the_next_12_months_and_placements_not_reviewed_for_a_year_are_listed() {
        long inAYear = approved(NeedCode.ASD, "48000", today.minusYears(2), today.plusYears(1));
        long afterAYear = approved(NeedCode.ASD, "48000", today.minusYears(2), today.plusYears(1).plusDays(1));
        long reviewed = approved(NeedCode.SLD, "48000", today.minusYears(2), today.plusYears(3));
        placements.review(commissioner, reviewed, placements.view(reviewed).version(), today.minusYears(1));
        long startedAYearAgo = approved(NeedCode.SLD, "48000", today.minusYears(1), today.plusYears(3));

        InmssDashboard dashboard = placements.dashboard();
        List<Long> transfers = dashboard.transfersDue().stream().map(InmssDashboard.Due::id).toList();
        assertThat(transfers).contains(inAYear).doesNotContain(afterAYear);
        List<Long> overdue = dashboard.reviewsOverdue().stream().map(InmssDashboard.Due::id).toList();
        assertThat(overdue).contains(inAYear, afterAYear).doesNotContain(reviewed, startedAYearAgo);
        assertThat(audited("INMSS_PLACEMENT_REVIEWED", reviewed)).isEqualTo(1);
    }

    @Test
    void a_review_cannot_be_in_the_future_or_before_the_last_one() {
        long id = approved(NeedCode.ASD, "48000", today.minusYears(2), today.plusYears(1));
        placements.review(commissioner, id, placements.view(id).version(), today.minusMonths(2));
        int version = placements.view(id).version();
        assertThatThrownBy(() -> placements.review(commissioner, id, version, today.minusMonths(2).minusDays(1)))
                .isInstanceOf(PlacementRefusal.class);
        assertThatThrownBy(() -> placements.review(commissioner, id, version, today.plusDays(1)))
                .isInstanceOf(PlacementRefusal.class);
        placements.review(commissioner, id, version, today.minusMonths(2));
        assertThat(placements.view(id).lastReviewedOn()).isEqualTo(today.minusMonths(2));
    }

    private long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = :action and entity_type = 'inmss_placement' and entity_id = :id")
                .param("action", action).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
