/**
 * Top-up funding without an EHC plan. Part of the funding module's API: the facades {@link
 * uk.send.funding.topup.TopUpFunding} (schools apply, panels decide and review awards, parents read decisions)
 * and {@link uk.send.funding.topup.FundingSettings} (the commissioner's bands and budgets) take commands and give
 * read models; the entities and repositories stay package-private.
 */
@org.springframework.modulith.NamedInterface("topup")
package uk.send.funding.topup;
