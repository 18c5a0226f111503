/**
 * The high-needs budget (issue 20): {@link uk.send.commissioning.highneeds.HighNeeds} keeps the commissioner's
 * budget lines per financial year and category of the high needs block, and sets against them the spend the
 * service's own records commit (INMSS placements pro rata, top-up awards through {@code funding :: topup},
 * resource base places at a configured value), with the in-year variance and the cumulative deficit.
 */
@org.springframework.modulith.NamedInterface("highneeds")
package uk.send.commissioning.highneeds;
