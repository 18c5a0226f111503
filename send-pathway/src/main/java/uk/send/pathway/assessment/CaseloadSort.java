package uk.send.pathway.assessment;

import java.util.Comparator;

/** How a caseload is ordered: most urgent first by default. */
public enum CaseloadSort {
    NEXT_DUE(Comparator.comparing((AssessmentSummary s) -> s.nextDeadline().due())),
    RECEIVED(Comparator.comparing(AssessmentSummary::requestReceived)),
    NAME(Comparator.comparing((AssessmentSummary s) -> s.child().familyName().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(s -> s.child().givenName().toLowerCase(java.util.Locale.ROOT))),
    STAGE(Comparator.comparing(AssessmentSummary::stage));

    private final Comparator<AssessmentSummary> order;

    CaseloadSort(Comparator<AssessmentSummary> order) {
        this.order = order.thenComparing(AssessmentSummary::id);
    }

    Comparator<AssessmentSummary> order() {
        return order;
    }
}
