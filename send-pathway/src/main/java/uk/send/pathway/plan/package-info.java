/** Part of the pathway module's API. */
@org.springframework.modulith.NamedInterface("plan")
package uk.send.pathway.plan;
