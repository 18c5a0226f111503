/**
 * Outreach from special schools to mainstream schools, against a quota of sessions per footprint per financial year.
 * Part of the funding module's API: the facade {@link uk.send.funding.outreach.Outreach} (a mainstream SENCO
 * requests; the special school's outreach provider accepts against the quota, declines, and records the sessions
 * delivered with their outcome; the commissioner sets the quotas) takes commands and gives read models; the entities
 * and repositories stay package-private.
 */
@org.springframework.modulith.NamedInterface("outreach")
package uk.send.funding.outreach;
