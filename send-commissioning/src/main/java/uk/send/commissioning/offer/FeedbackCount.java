package uk.send.commissioning.offer;

import uk.send.pathway.plan.OutcomeTag;

/**
 * How many published comments speak to one outcomes framework statement in one footprint.
 *
 * @param outcome       null: not tagged
 * @param footprintName null: services for the whole area, and the Local Offer as a whole
 */
public record FeedbackCount(OutcomeTag outcome, String footprintName, long comments) {
}
