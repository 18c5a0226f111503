/**
 * Phase transfers (reg 18): the children with a plan who move between phases at the end of this academic year,
 * each with the day the plan naming the next setting must be final and whether it is. Part of the pathway
 * module's API.
 */
@org.springframework.modulith.NamedInterface("transfer")
package uk.send.pathway.transfer;
