/** Part of the domain module's API. */
@org.springframework.modulith.NamedInterface("audit")
package uk.send.domain.audit;
