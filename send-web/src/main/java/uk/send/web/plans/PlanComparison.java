package uk.send.web.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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

    private static String outcomes(List<Outcome> outcomes) {
        return outcomes.isEmpty() ? null : String.join("\n\n", outcomes.stream()
                .map(o -> o.outcome() + "\n" + o.steps() + "\n" + o.byWhen()).toList());
    }

    private static String provisions(List<Provision> provisions) {
        return provisions.isEmpty() ? null : String.join("\n\n", provisions.stream()
                .map(p -> p.what() + "\n" + p.howOften() + ", " + p.howLong() + ", " + p.byWhom()).toList());
    }
}
