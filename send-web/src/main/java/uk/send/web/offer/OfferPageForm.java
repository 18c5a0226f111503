package uk.send.web.offer;

import uk.send.commissioning.offer.OfferPages;
import uk.send.web.support.TextInput;

/** Form: one of the council's Local Offer pages, as it stood at {@code version}. */
record OfferPageForm(@TextInput(max = OfferPages.TITLE_MAX) String title,
                     @TextInput(max = OfferPages.BODY_MAX, lines = true) String body,
                     Integer version) {
}
