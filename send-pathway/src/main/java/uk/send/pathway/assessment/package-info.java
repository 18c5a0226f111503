/** Part of the pathway module's API. */
@org.springframework.modulith.NamedInterface("assessment")
package uk.send.pathway.assessment;
