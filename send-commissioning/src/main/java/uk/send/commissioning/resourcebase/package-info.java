/**
 * Resource bases (issue 20): {@link uk.send.commissioning.resourcebase.ResourceBases} keeps the places commissioned at
 * each resource base by primary need and sets them against the places occupied, which are the EHC plans in force
 * naming the base (read through {@code pathway :: statistics}), with utilisation.
 */
@org.springframework.modulith.NamedInterface("resourcebase")
package uk.send.commissioning.resourcebase;
