/**
 * The Local Offer (Children and Families Act 2014 s.30; SEND Regulations 2014 regs 53–56): {@link
 * uk.send.commissioning.offer.LocalOffer} searches, shows and edits services (every change versioned and
 * audited), {@link uk.send.commissioning.offer.OfferComments} takes families' comments and publishes them with
 * the council's response. Commands in, read models out; the entities and repositories stay package-private.
 */
@org.springframework.modulith.NamedInterface("offer")
package uk.send.commissioning.offer;
