package uk.send.pathway.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of a plan, as pages and documents show it.
 *
 * @param number  0 for the working copy, then 1, 2 ... in the order issued
 * @param version the working copy's optimistic-lock counter, carried by each form so that a concurrent change is caught
 */
public record PlanVersionView(int number, VersionKind kind, LocalDate issuedOn, String createdBy,
                              Map<Section, String> sections, List<Outcome> outcomes, List<Provision> provisions,
                              Long placementSettingId, String placementName, String placementType, String sectionK,
                              int version) {

    public PlanVersionView {
        sections = Map.copyOf(sections.entrySet().stream().filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        outcomes = List.copyOf(outcomes);
        provisions = List.copyOf(provisions);
    }

    /** Whether pages must mark this version as a draft (a draft plan or a proposed amendment). */
    public boolean draft() {
        return kind.isDraft();
    }

    static PlanVersionView of(PlanVersion v) {
        return new PlanVersionView(v.getNumber(), v.getKind(), v.getIssuedOn(), v.getCreatedBy(), v.textSections(),
                v.getOutcomes(), v.getProvisions(), v.getPlacementSettingId(), v.getPlacementName(),
                v.getPlacementType(), v.getSectionK(), v.getVersion());
    }
}
