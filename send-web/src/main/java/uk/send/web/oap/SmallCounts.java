package uk.send.web.oap;

import uk.send.pathway.statistics.SupportFigures;

/**
 * Counts as a commissioner may see them: aggregates only, so a count from 1 to 4 is shown as "fewer than 5" (null
 * here), and a percentage is not shown when its numerator or its denominator is so hidden, since it would give the
 * count away. A caseworker sees the counts of their own footprints as they are.
 */
record SmallCounts(Long pupils, Long reviewed, Double percentReviewed, boolean percentReviewedHidden, Long requests,
                   Long requestsAfterCycle, Double percentAfterCycle, boolean percentAfterCycleHidden) {

    static final int THRESHOLD = 5;

    static SmallCounts of(SupportFigures figures, boolean suppress) {
        if (!suppress) {
            return new SmallCounts(figures.pupils(), figures.reviewed(), figures.percentReviewed(), false,
                    figures.requests(), figures.requestsAfterCycle(), figures.percentAfterCycle(), false);
        }
        boolean reviewedHidden = hidden(figures.pupils()) || hidden(figures.reviewed());
        boolean afterHidden = hidden(figures.requests()) || hidden(figures.requestsAfterCycle());
        return new SmallCounts(shown(figures.pupils()), shown(figures.reviewed()),
                reviewedHidden ? null : figures.percentReviewed(), reviewedHidden,
                shown(figures.requests()), shown(figures.requestsAfterCycle()),
                afterHidden ? null : figures.percentAfterCycle(), afterHidden);
    }

    static boolean hidden(long count) {
        return count > 0 && count < THRESHOLD;
    }

    private static Long shown(long count) {
        return hidden(count) ? null : count;
    }
}
