/**
 * SEN Support in a school: the SENCO's register, a pupil's time at SEN Support, and its assess-plan-do-review
 * cycles (one support plan per cycle, every cycle kept). Part of the pathway module's API: the facade
 * {@link uk.send.pathway.support.SupportPlans} takes commands and gives read models; the aggregate
 * ({@code SenSupport}) and its repository stay package-private.
 */
@org.springframework.modulith.NamedInterface("support")
package uk.send.pathway.support;
