/** Part of the domain module's API. */
@org.springframework.modulith.NamedInterface("children")
package uk.send.domain.children;
