package uk.send.web.commissioning;

import uk.send.commissioning.disclosure.SmallNumbers;
import uk.send.commissioning.disclosure.SmallNumbers.Share;
import uk.send.commissioning.disclosure.Figure;
import uk.send.pathway.statistics.ReviewsAndAppeals;

/**
 * Annual reviews and appeals as the KPI page publishes them, each through {@link SmallNumbers}: reviews held on
 * time as a share of reviews held, appeals registered and mediations held as counts, and appeals decided for the
 * family as a share of appeals decided.
 */
record ReviewAppealFigures(Share reviewsOnTime, Figure appealsRegistered, Figure mediationsHeld, Share appealsForFamily) {

    static ReviewAppealFigures of(ReviewsAndAppeals figures) {
        return new ReviewAppealFigures(SmallNumbers.share(figures.reviewsOnTime(), figures.reviews()),
                SmallNumbers.count(figures.appealsRegistered()), SmallNumbers.count(figures.mediationsHeld()),
                SmallNumbers.share(figures.appealsForFamily(), figures.appealsDecided()));
    }
}
