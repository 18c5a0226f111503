package uk.send.web.plans;

/**
 * The forms of the plan pages. Every component is text, so that anything posted binds and is kept to show
 * again; {@link PlanFormChecks} converts and checks it against the columns it goes into. Each form carries the
 * working copy's version, so that a concurrent change is caught.
 */
final class PlanForms {

    /** The database's limits (V4__ehc_plans.sql): a text section, an outcome and its steps, provision. */
    static final int SECTION = 8000;
    static final int OUTCOME = 2000;
    static final int STEPS = 4000;
    static final int WHAT = 2000;
    static final int SHORT = 200;

    private PlanForms() {
    }

    record SectionForm(String text, String version) {
    }

    record OutcomeForm(String outcome, String steps, String day, String month, String year, String adulthoodArea,
                       String tag, String version) {
    }

    record ProvisionForm(String what, String howOften, String howLong, String byWhom, String version) {
    }

    record PlacementForm(String settingId, String version) {
    }
}
