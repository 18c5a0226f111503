package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a plan, as pages and documents show it.
 *
 * @param number  0 for the working copy, then 1, 2 ... in the order issued
 * @param version the working copy's optimistic-lock counter, carried by each form so that a concurrent change is caught
 * @param budget  section J
 *
 * A draft or proposed amendments never show a setting in section I (CFA 2014 s.38(5)), even one issued before
 * the aggregate kept the rule.
 */
public record PlanVersionView(int number, VersionKind kind, LocalDate issuedOn, String createdBy,
                              Map<Section, String> sections, List<Outcome> outcomes, List<Provision> provisions,
                              Long placementSettingId, String placementName, String placementType, String sectionK,
                              int version, PersonalBudget budget) {

    public PlanVersionView {
        sections = Map.copyOf(sections.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        outcomes = List.copyOf(outcomes);
        provisions = List.copyOf(provisions);
        if (kind.isDraft() && (placementSettingId != null || placementName != null || placementType != null)) {
            // a version issued before the rule was kept in the aggregate still shows nothing in section I
            placementSettingId = null;
            placementName = null;
            placementType = null;
        }
        budget = budget == null ? PersonalBudget.NONE : budget;
    }

    /** Whether pages must mark this version as a draft (a draft plan or a proposed amendment). */
    public boolean draft() {
        return kind.isDraft();
    }

    static PlanVersionView of(PlanVersion v) {
        return new PlanVersionView(v.getNumber(), v.getKind(), v.getIssuedOn(), v.getCreatedBy(), v.textSections(),
                v.getOutcomes(), v.getProvisions(), v.getPlacementSettingId(), v.getPlacementName(),
                v.getPlacementType(), v.getSectionK(), v.getVersion(), v.budget());
    }
}
