package uk.send.web.plans;

import uk.send.pathway.plan.AdulthoodArea;
import uk.send.pathway.plan.OutcomeTag;

/** The forms of the plan pages. Each carries the working copy's version, so a concurrent change is caught. */
final class PlanForms {

    private PlanForms() {
    }

    record SectionForm(String text, Integer version) {
    }

    record OutcomeForm(String outcome, String steps, String day, String month, String year, AdulthoodArea adulthoodArea,
                       OutcomeTag tag, Integer version) {
    }

    record ProvisionForm(String what, String howOften, String howLong, String byWhom, Integer version) {
    }

    record PlacementForm(Long settingId, Integer version) {
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
