package uk.send.pathway.support;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.Money;

/**
 * One cycle of a support plan as the viewer may see it: the SENCO (their pupil) sees everything and changes the
 * cycle in progress ({@code editable}); a parent sees a plan shared with the family. {@code sharedWithNextSchool}:
 * the family agreed that a school the pupil moves to may see the record; {@code earlierSchool}: the viewer is the
 * SENCO of the school the pupil moved to, reading a cycle of an earlier school the family shared. {@code tier} and
 * {@code tierName}: the plan's tier of support, null when it has none. {@code familyViews}: the views the family sent
 * online on this cycle, oldest first (a SENCO and the caseworker see every sending; a parent or young person their own).
 */
public record SupportPlanView(long id, long childId, String childName, String settingName, int cycle, PlanKind kind,
                              String tier, String tierName, PlanStatus status, LocalDate startsOn, LocalDate reviewDue,
                              RegisterStatus reviewStatus, String assessmentNotes, boolean shared, LocalDate reviewedOn,
                              NextStep nextStep, String childViews, String parentViews, String reviewNotes,
                              String createdBy, String reviewedBy, List<SupportOutcome> outcomes,
                              List<ProvisionItem> provision, Money totalCost, WeeklyHours weeklyHours, int version,
                              boolean editable, boolean sharedWithNextSchool, boolean earlierSchool,
                              List<FamilyView> familyViews) {

    public SupportPlanView {
        familyViews = familyViews == null ? List.of() : List.copyOf(familyViews);
    }

    @Override
    public String toString() {
        return "SupportPlanView[id=" + id + "]";
    }
}
