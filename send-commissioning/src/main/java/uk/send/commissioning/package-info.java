/**
 * The commissioning module: the Local Offer (the public directory of SEND services, in the Open Referral UK
 * shape) the commissioner's KPIs ({@code kpi}), the SEN2 return ({@code returns}) and, to come, placements and commissions. It sees only the named interfaces
 * of the modules below it; its own API is the named interfaces below it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning", allowedDependencies = {
        "domain :: access", "domain :: audit", "domain :: reference", "domain :: demo", "domain :: time", "domain :: retention",
        "pathway :: statistics", "pathway :: returns", "pathway :: plan", "funding :: topup"})
package uk.send.commissioning;
