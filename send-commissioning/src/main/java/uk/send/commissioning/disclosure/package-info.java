/**
 * Small-number suppression, the one disclosure policy of every commissioner figure (issue 20):
 * {@link uk.send.commissioning.disclosure.SmallNumbers} turns counts into {@link uk.send.commissioning.disclosure.Figure}s,
 * hiding a count of 1 to 4 as "fewer than 5" and withholding any other figure from which it could be worked out by
 * subtraction (secondary suppression). Pages and CSV files show only figures that passed through it.
 */
@org.springframework.modulith.NamedInterface("disclosure")
package uk.send.commissioning.disclosure;
