package uk.send.web.plans;

import uk.send.pathway.plan.AdulthoodArea;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.plan.PersonalBudget;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * The forms of the plan pages, bound by the service's one input mechanism: every {@link TextInput} is checked
 * against its column and for control characters when it is bound, a choice or id that cannot be converted is
 * a field error, and an unreadable version is a conflict. {@link PlanFormChecks} adds what is the plan's own:
 * what is required, a real date, a setting that exists. Each form carries the working copy's version, so that
 * a concurrent change is caught.
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

    record SectionForm(@TextInput(max = SECTION, lines = true) String text, Integer version) {
    }

    record OutcomeForm(@TextInput(max = OUTCOME, lines = true) String outcome,
                       @TextInput(max = STEPS, lines = true) String steps,
                       @Parsed String day, @Parsed String month, @Parsed String year,
                       AdulthoodArea adulthoodArea, OutcomeTag tag, Integer version) {
    }

    record ProvisionForm(@TextInput(max = WHAT, lines = true) String what, @TextInput(max = SHORT) String howOften,
                         @TextInput(max = SHORT) String howLong, @TextInput(max = SHORT) String byWhom, Integer version) {
    }

    record PlacementForm(Long settingId, Integer version) {
    }

    /**
     * Section J, the personal budget: requested or not; if so, the amount a year in pounds and pence, the parts it
     * pays towards and whether there are direct payments; and the arrangements in words.
     */
    record BudgetForm(Boolean requested, @Parsed String amount, java.util.List<PersonalBudget.Part> covers,
                      Boolean directPayments, @TextInput(max = PersonalBudget.ARRANGEMENTS, lines = true) String arrangements,
                      Integer version) {
    }

    /** Removing an outcome or item of provision: only the version the page was opened at. */
    record RemoveForm(Integer version) {
    }
}
