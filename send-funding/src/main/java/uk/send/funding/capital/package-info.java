/**
 * Capital grants to mainstream schools (access arrangements, "mainstream plus" provision). Part of the funding
 * module's API: the facade {@link uk.send.funding.capital.CapitalGrants} (a SENCO applies; the footprint's panel
 * approves against the footprint's capital budget, declines or defers; the commissioner sets the budgets) takes
 * commands and gives read models; the entities and repositories stay package-private.
 */
@org.springframework.modulith.NamedInterface("capital")
package uk.send.funding.capital;
