/**
 * Statutory returns: {@link uk.send.commissioning.returns.Sen2Returns} computes the SEN2 return's counts for a
 * census date from the pathway's aggregate figures ({@code pathway :: statistics}), in the return's modules.
 */
@org.springframework.modulith.NamedInterface("returns")
package uk.send.commissioning.returns;
