package uk.send.pathway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import uk.send.domain.reference.SettingType;

/** The plan as an aggregate: its working copy, the versions it issues, and the event a final plan raises. */
class EhcPlanTest {

    static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);
    static final EhcPlan.SettingLookup SCHOOLS = id -> new EhcPlan.SettingLookup.Named("Hill Primary", SettingType.MAINSTREAM_ACADEMY);

    /** A saved plan (it has an id), with one outcome and one item of provision written. */
    static EhcPlan written() {
        EhcPlan plan = EhcPlan.start(7L, 3L, "caseworker@example.test");
        ReflectionTestUtils.setField(plan, "id", 11L);
        plan.apply(new PlanCommand.WriteSection(Section.A, "Loves trains"), SCHOOLS);
        plan.apply(new PlanCommand.AddOutcome(new Outcome("Reads a timetable", "With a visual schedule",
                ISSUED.plusYears(1), null, OutcomeTag.I_AM_AMBITIOUS)), SCHOOLS);
        plan.apply(new PlanCommand.AddProvision(new Provision("Speech therapy", "Weekly", "30 minutes", "Therapist")), SCHOOLS);
        return plan;
    }

    @Test
    void a_plan_belongs_to_the_child_and_keeps_the_assessment_it_came_from_as_its_origin() {
        EhcPlan plan = EhcPlan.start(7L, null, "caseworker@example.test");

        assertThat(plan.getChildId()).isEqualTo(7L);
        assertThat(plan.getOriginAssessmentId()).isNull();
        assertThat(plan.working().getKind()).isEqualTo(VersionKind.WORKING);
    }

    @Test
    void issuing_a_draft_freezes_a_copy_and_raises_no_finalised_event() {
        EhcPlan plan = written();

        PlanVersion draft = plan.issue(VersionKind.DRAFT, ISSUED, "EP advice", "caseworker@example.test");

        assertThat(draft.getNumber()).isEqualTo(1);
        assertThat(draft.textSections().get(Section.A)).isEqualTo("Loves trains");
        assertThat(plan.pendingEvents()).isEmpty();
        assertThatIllegalStateException().isThrownBy(() -> draft.write(Section.A, "changed"));
    }

    @Test
    void a_final_plan_must_name_a_placement() {
        assertThatIllegalStateException().isThrownBy(() -> written().issue(VersionKind.FINAL, ISSUED, "", "cw"));
    }

    @Test
    void issuing_the_final_plan_raises_plan_finalised_with_the_child_and_the_setting_named() {
        EhcPlan plan = written();
        plan.apply(new PlanCommand.NamePlacement(5L), SCHOOLS);

        plan.issue(VersionKind.FINAL, ISSUED, "", "cw");

        assertThat(plan.pendingEvents()).containsExactly(new PlanFinalised(11L, 7L, 5L, SettingType.MAINSTREAM_ACADEMY, ISSUED));
    }

    @Test
    void an_amended_plan_is_in_force_too_and_raises_plan_finalised() {
        EhcPlan plan = written();
        plan.apply(new PlanCommand.NamePlacement(5L), SCHOOLS);

        plan.issue(VersionKind.AMENDED, ISSUED, "", "cw");

        assertThat(plan.pendingEvents()).hasSize(1);
        assertThat(VersionKind.PROPOSED_AMENDMENT.isDraft()).isTrue();
        assertThat(VersionKind.DRAFT.isDraft()).isTrue();
        assertThat(VersionKind.FINAL.isDraft()).isFalse();
    }

    @Test
    void removing_an_outcome_or_provision_that_is_not_there_is_not_found() {
        EhcPlan plan = written();

        for (int index : new int[] {-1, 1, 999}) {
            assertThatThrownBy(() -> plan.apply(new PlanCommand.RemoveOutcome(index), SCHOOLS)).isInstanceOf(NoSuchElementException.class);
            assertThatThrownBy(() -> plan.apply(new PlanCommand.RemoveProvision(index), SCHOOLS)).isInstanceOf(NoSuchElementException.class);
        }
        plan.apply(new PlanCommand.RemoveOutcome(0), SCHOOLS);
        assertThat(plan.working().getOutcomes()).isEmpty();
    }

    @Test
    void a_plan_that_has_ceased_cannot_be_changed() {
        EhcPlan plan = written();
        ReflectionTestUtils.setField(plan, "ceasedOn", ISSUED);

        assertThatIllegalStateException().isThrownBy(() -> plan.apply(new PlanCommand.WriteSection(Section.B, "x"), SCHOOLS));
    }

    @Test
    void a_draft_never_names_a_setting_even_when_the_working_copy_does_and_the_final_plan_then_does() {
        EhcPlan plan = written();
        plan.apply(new PlanCommand.NamePlacement(5L), SCHOOLS);

        PlanVersion draft = plan.issue(VersionKind.DRAFT, ISSUED, "", "cw");

        assertThat(draft.getPlacementSettingId()).isNull();
        assertThat(draft.getPlacementName()).isNull();
        assertThat(draft.getPlacementType()).isNull();
        assertThat(PlanVersionView.of(draft).placementName()).isNull();
        // the working copy keeps the setting for the final plan, which names it
        PlanVersion fin = plan.issue(VersionKind.FINAL, ISSUED.plusWeeks(3), "", "cw");
        assertThat(fin.getPlacementName()).isEqualTo("Hill Primary");
        assertThat(fin.getPlacementType()).isEqualTo("MAINSTREAM_ACADEMY");
    }

    @Test
    void proposed_amendments_never_name_a_setting_and_the_amended_plan_does() {
        EhcPlan plan = written();
        plan.apply(new PlanCommand.NamePlacement(5L), SCHOOLS);

        PlanVersion proposed = plan.issue(VersionKind.PROPOSED_AMENDMENT, ISSUED, "", "cw");
        PlanVersion amended = plan.issue(VersionKind.AMENDED, ISSUED.plusWeeks(4), "", "cw");

        assertThat(proposed.getPlacementSettingId()).isNull();
        assertThat(proposed.getPlacementName()).isNull();
        assertThat(amended.getPlacementSettingId()).isEqualTo(5L);
    }

    @Test
    void a_view_of_a_draft_issued_before_the_rule_shows_no_setting() {
        PlanVersionView old = new PlanVersionView(1, VersionKind.DRAFT, ISSUED, "cw", java.util.Map.of(), java.util.List.of(),
                java.util.List.of(), 5L, "Hill Primary", "MAINSTREAM_ACADEMY", null, 0, null);

        assertThat(old.placementSettingId()).isNull();
        assertThat(old.placementName()).isNull();
        assertThat(old.budget()).isEqualTo(PersonalBudget.NONE);
    }

    @Test
    void section_j_is_written_as_a_personal_budget_and_goes_into_the_versions_issued() {
        EhcPlan plan = written();
        PersonalBudget budget = new PersonalBudget(true, 150_000L, false, true, true, true, "Direct payments for a carer");

        plan.apply(new PlanCommand.WritePersonalBudget(budget), SCHOOLS);
        PlanVersion draft = plan.issue(VersionKind.DRAFT, ISSUED, "", "cw");

        assertThat(draft.budget()).isEqualTo(budget);
        assertThat(plan.working().budget()).isEqualTo(budget);
        assertThatIllegalStateException().isThrownBy(() -> draft.writeBudget(PersonalBudget.NONE));
    }
}
