/** The London clock and zone every module reads "today" from. */
@org.springframework.modulith.NamedInterface("time")
package uk.send.domain.support;
