/**
 * Where each footprint's funding stands in a financial year, all three kinds side by side: top-up, capital and
 * outreach. Part of the funding module's API: {@link uk.send.funding.position.FootprintFunding}.
 */
@org.springframework.modulith.NamedInterface("position")
package uk.send.funding.position;
