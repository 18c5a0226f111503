package uk.send.web.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import uk.send.domain.reference.Money;
import uk.send.pathway.plan.PersonalBudget;
import uk.send.pathway.plan.PlanVersionView;
import uk.send.pathway.plan.Outcome;
import uk.send.pathway.plan.Provision;
import uk.send.pathway.plan.Section;

/** Two versions of a plan side by side, section by section, marking what changed. */
record PlanComparison(String section, String older, String newer, boolean changed) {

    static List<PlanComparison> of(PlanVersionView older, PlanVersionView newer) {
        List<PlanComparison> rows = new ArrayList<>();
        for (Section s : Section.values()) {
            rows.add(row(s.name(), older.sections().get(s), newer.sections().get(s)));
        }
        rows.add(row("E", outcomes(older.outcomes()), outcomes(newer.outcomes())));
        rows.add(row("F", provisions(older.provisions()), provisions(newer.provisions())));
        rows.add(row("I", older.placementName(), newer.placementName()));
        rows.add(row("J", budget(older.budget()), budget(newer.budget())));
        rows.add(row("K", older.sectionK(), newer.sectionK()));
        rows.sort((a, b) -> order(a.section()) - order(b.section()));
        return rows;
    }

    private static final List<String> ORDER = List.of("A", "B", "C", "D", "E", "F", "G", "H1", "H2", "I", "J", "K");

    private static int order(String section) {
        return ORDER.indexOf(section);
    }

    private static PlanComparison row(String section, String older, String newer) {
        return new PlanComparison(section, older, newer, !Objects.equals(older, newer));
    }

    /** Section J in words for the comparison: a change to any part of the budget shows as a change. */
    private static String budget(PersonalBudget b) {
        if (b.isEmpty()) {
            return null;
        }
        String head = b.requested() == null ? "" : !b.requested() ? "No personal budget requested"
                : Money.ofPence(b.amountPence()).format() + " a year; " + String.join(", ",
                b.covers().stream().map(p -> p.name().toLowerCase(java.util.Locale.UK).replace('_', ' ')).toList())
                + (Boolean.TRUE.equals(b.directPayments()) ? "; direct payments" : "; no direct payments");
        return b.arrangements() == null ? head : head.isEmpty() ? b.arrangements() : head + "\n" + b.arrangements();
    }

    private static String outcomes(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? null : String.join("\n\n", outcomes.stream()
                .map(o -> o.outcome() + "\n" + o.steps() + "\n" + o.byWhen()).toList());
    }

    private static String provisions(List<Provision> provisions) {
        return provisions.isEmpty() ? null : String.join("\n\n", provisions.stream()
                .map(p -> p.what() + "\n" + p.howOften() + ", " + p.howLong() + ", " + p.byWhom()).toList());
    }
}
