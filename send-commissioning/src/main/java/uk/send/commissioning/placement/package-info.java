/**
 * The INMSS placement register (issue 20): {@link uk.send.commissioning.placement.InmssPlacements} records a
 * placement with its point-of-placement agreement, joint-funding shares and the answers to the council's
 * exceptionality criteria ({@link uk.send.commissioning.placement.ExceptionalityCriteria}), decides it (approval
 * only when every criterion is met with evidence, {@link uk.send.commissioning.placement.ApprovalRule}), records
 * reviews, and gives the commissioner's dashboard, all in SQL and audited. A placement is identified by its
 * reference, never by the child: the register holds only the home footprint and primary need.
 */
@org.springframework.modulith.NamedInterface("placement")
package uk.send.commissioning.placement;
