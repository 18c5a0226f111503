package uk.send.web.school;

import uk.send.domain.reference.NeedCode;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.Progress;
import uk.send.pathway.support.ProvisionType;
import uk.send.pathway.support.RemovalReason;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * The SEN Support forms, bound by the service's one input mechanism: every {@link TextInput} is checked against
 * its column (V18__sen_support.sql) and for control characters, a choice that cannot be converted is a field
 * error, an unreadable version a conflict. {@link SupportFormChecks} adds what is required and real dates.
 */
final class SupportForms {

    static final int NOTES = 8000;
    static final int VIEWS = 4000;
    static final int LONG = 2000;
    static final int SHORT = 200;

    private SupportForms() {
    }

    record AddForm(NeedCode primaryNeed, NeedCode secondaryNeed, @Parsed String day, @Parsed String month,
                   @Parsed String year) {
    }

    record RemoveForm(RemovalReason reason, @TextInput(max = LONG, lines = true) String note, @Parsed String day,
                      @Parsed String month, @Parsed String year, Integer version) {
    }

    record StartPlanForm(@TextInput(max = 20) String tier, @Parsed String day, @Parsed String month, @Parsed String year,
                         @Parsed String reviewDay, @Parsed String reviewMonth, @Parsed String reviewYear,
                         @TextInput(max = NOTES, lines = true) String assessmentNotes, Integer version) {
    }

    record OutcomeForm(@TextInput(max = LONG, lines = true) String outcome, OutcomeTag framework, Integer version) {
    }

    record ProvisionForm(@TextInput(max = LONG, lines = true) String what, ProvisionType type,
                         @TextInput(max = SHORT) String howOften, @TextInput(max = SHORT) String byWhom,
                         @Parsed String weeklyHours, @Parsed String cost, Integer version) {
    }

    record ProgressForm(Progress progress, @TextInput(max = LONG, lines = true) String progressNote, Integer version) {
    }

    record ShareForm(Boolean shared, Integer version) {
    }

    record ReviewForm(@Parsed String day, @Parsed String month, @Parsed String year, NextStep nextStep,
                      @TextInput(max = VIEWS, lines = true) String childViews,
                      @TextInput(max = VIEWS, lines = true) String parentViews,
                      @TextInput(max = VIEWS, lines = true) String reviewNotes,
                      @Parsed String reviewDay, @Parsed String reviewMonth, @Parsed String reviewYear, Integer version,
                      @TextInput(max = 20) String tier) {
    }

    /** The family's views on a plan the school shared with them (support_plan_family_views.views). */
    record FamilyViewsForm(@TextInput(max = VIEWS, lines = true) String views) {
    }

    /** Asking for an EHC needs assessment from a reviewed cycle: the school's reasons (needs_assessment.reasons). */
    record AssessmentRequestForm(@TextInput(max = 4000, lines = true) String reasons) {
    }

    /** A pupil leaving: the day, and the setting they went to if known (one the service holds). */
    record LeaveForm(@Parsed String day, @Parsed String month, @Parsed String year, Long destination) {
    }

    /**
     * A pupil joining: found by UPN and date of birth together (no child id ever travels in the form), and, to
     * confirm, the day they joined.
     */
    /** A pupil the service does not know yet: limits as the child table's columns (V1). */
    record NewPupilForm(@TextInput(max = 100) String givenName, @TextInput(max = 100) String familyName,
                        @Parsed String bornDay, @Parsed String bornMonth, @Parsed String bornYear,
                        @TextInput(max = 13) String upn, @TextInput(max = 12) String nhsNumber,
                        @TextInput(max = 10) String homePostcode) {
    }

    record JoinForm(@TextInput(max = 13) String upn, @Parsed String bornDay, @Parsed String bornMonth,
                    @Parsed String bornYear, @Parsed String day, @Parsed String month, @Parsed String year) {
    }

    /** Whether the family agreed to share the SEN Support record with a school the pupil moves to, and when. */
    record SharingForm(Boolean shared, @Parsed String day, @Parsed String month, @Parsed String year, Integer version) {
    }

    /** A parent's own say on sharing the record with the next school. */
    record ParentSharingForm(Boolean shared) {
    }

    /** Removing an outcome or an item of provision: only the version the page was opened at. */
    record VersionForm(Integer version) {
    }
}
