/**
 * Mediation and tribunal appeals: a family's disagreement with a decision of the council, from the mediation
 * offered with it to the tribunal's order and the council's compliance dates (regs 44 and 45). Part of the
 * pathway module's API.
 */
@org.springframework.modulith.NamedInterface("appeal")
package uk.send.pathway.appeal;
