package uk.send.web.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.CommentStatus;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.ServiceStatus;
import uk.send.commissioning.offer.VersionChange;
import uk.send.domain.access.Role;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SenProvision;
import uk.send.domain.reference.SettingType;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.EventType;
import uk.send.pathway.assessment.NextDeadline;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.assessment.Stage;
import uk.send.pathway.calendar.Reg10Exception;
import uk.send.pathway.plan.AdulthoodArea;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.plan.VersionKind;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.PlanKind;
import uk.send.pathway.support.PlanStatus;
import uk.send.pathway.support.Progress;
import uk.send.pathway.support.RemovalReason;

/**
 * Every coded column's check constraint admits exactly the values of the enum the code stores in it, so that
 * a value added in Java without a migration (or the reverse) fails here, not in a user's request.
 */
@SpringBootTest
class CodedColumnsTest {

    private static final Pattern QUOTED = Pattern.compile("'([A-Z0-9_]+)'");

    @Autowired
    JdbcClient jdbc;

    static Stream<Arguments> codedColumns() {
        return Stream.of(
                Arguments.of("app_user_role_check", Role.class),
                Arguments.of("notification_outbox_delivered_by_check", uk.send.domain.notifications.Channel.class),
                Arguments.of("notification_preference_kind_check", uk.send.domain.notifications.NoticeKind.class),
                Arguments.of("account_token_purpose_check", uk.send.domain.access.LinkPurpose.class),
                Arguments.of("sign_in_throttle_kind_check", uk.send.domain.access.SignInThrottle.Kind.class),
                Arguments.of("carer_relationship_check", Relationship.class),
                Arguments.of("child_sen_provision_check", SenProvision.class),
                Arguments.of("child_need_codes", NeedCode.class),
                Arguments.of("setting_type_check", SettingType.class),
                Arguments.of("setting_phase_check", Phase.class),
                Arguments.of("needs_assessment_stage_check", Stage.class),
                Arguments.of("needs_assessment_requested_by_check", Requester.class),
                Arguments.of("needs_assessment_next_due_kind_check", NextDeadline.What.class),
                Arguments.of("advice_request_source_check", AdviceSource.class),
                Arguments.of("assessment_event_type_check", EventType.class),
                Arguments.of("assessment_exception_reason_check", Reg10Exception.class),
                Arguments.of("plan_version_kind_check", VersionKind.class),
                Arguments.of("plan_version_placement_type_check", SettingType.class),
                Arguments.of("plan_outcome_tag_check", OutcomeTag.class),
                Arguments.of("plan_outcome_adulthood_check", AdulthoodArea.class),
                Arguments.of("plan_review_status_check", uk.send.pathway.plan.ReviewStatus.class),
                Arguments.of("plan_review_decision_check", uk.send.pathway.plan.ReviewDecision.class),
                Arguments.of("ehc_plan_cease_reason_check", uk.send.pathway.plan.CeaseReason.class),
                Arguments.of("about_me_whose_check", uk.send.pathway.assessment.AboutMe.Whose.class),
                Arguments.of("sen_support_need_codes", NeedCode.class),
                Arguments.of("sen_support_removal_reason_check", RemovalReason.class),
                Arguments.of("support_plan_kind_check", PlanKind.class),
                Arguments.of("support_plan_status_check", PlanStatus.class),
                Arguments.of("support_plan_next_step_check", NextStep.class),
                Arguments.of("support_plan_outcome_tag_check", OutcomeTag.class),
                Arguments.of("support_plan_family_views_from_check", uk.send.pathway.support.FamilyViewsFrom.class),
                Arguments.of("support_plan_outcome_progress_check", Progress.class),
                Arguments.of("support_plan_provision_type_check", uk.send.pathway.support.ProvisionType.class),
                Arguments.of("offer_service_category_check", Category.class),
                Arguments.of("offer_service_access_check", Access.class),
                Arguments.of("offer_service_cost_check", Cost.class),
                Arguments.of("offer_service_status_check", ServiceStatus.class),
                Arguments.of("offer_service_need_check", NeedCode.class),
                Arguments.of("offer_service_version_change_check", VersionChange.class),
                Arguments.of("offer_comment_status_check", CommentStatus.class),
                Arguments.of("offer_comment_outcome_check", OutcomeTag.class),
                Arguments.of("offer_page_page_check", uk.send.commissioning.offer.OfferPageKind.class),
                // mediation and tribunal appeals (issue 17)
                Arguments.of("disagreement_appeal_type_check", uk.send.pathway.appeal.AppealType.class),
                Arguments.of("disagreement_mediation_outcome_check", uk.send.pathway.appeal.MediationOutcome.class),
                Arguments.of("disagreement_outcome_check", uk.send.pathway.appeal.AppealOutcome.class),
                Arguments.of("disagreement_compliance_check", uk.send.pathway.calendar.TribunalCompliance.class),
                Arguments.of("inmss_placement_status_check", uk.send.commissioning.placement.PlacementStatus.class),
                Arguments.of("inmss_placement_need_check", NeedCode.class),
                Arguments.of("resource_base_places_need_check", NeedCode.class),
                Arguments.of("high_needs_budget_category_check", uk.send.commissioning.highneeds.HighNeedsCategory.class),
                Arguments.of("data_import_kind_check", uk.send.domain.transfer.ImportKind.class),
                Arguments.of("data_import_status_check", uk.send.domain.transfer.ImportStatus.class),
                Arguments.of("top_up_application_status_check", uk.send.funding.topup.ApplicationStatus.class),
                Arguments.of("top_up_award_status_check", uk.send.funding.topup.AwardStatus.class),
                // capital grants and outreach (issue 19)
                Arguments.of("capital_application_purpose_check", uk.send.funding.capital.CapitalPurpose.class),
                Arguments.of("capital_application_status_check", uk.send.funding.topup.ApplicationStatus.class),
                Arguments.of("outreach_request_status_check", uk.send.funding.outreach.OutreachStatus.class),
                Arguments.of("outreach_request_need_check", NeedCode.class));
    }

    @ParameterizedTest(name = "{0} admits exactly the values of {1}")
    @MethodSource("codedColumns")
    void the_check_admits_exactly_the_enum_values(String constraint, Class<? extends Enum<?>> codes) {
        String definition = jdbc.sql("select pg_get_constraintdef(oid) from pg_constraint where conname = :name")
                .param("name", constraint).query(String.class).single();
        List<String> admitted = QUOTED.matcher(definition).results().map(m -> m.group(1)).distinct().sorted().toList();

        assertThat(admitted).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
    }
}
