/**
 * The commissioning module: the Local Offer (the public directory of SEND services, in the Open Referral UK
 * shape) and, to come, placements, commissions, KPIs and statutory returns. It sees only the named interfaces
 * of the modules below it; its own API is the named interfaces below it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Commissioning", allowedDependencies = {
        "domain :: access", "domain :: audit", "domain :: reference", "domain :: demo", "domain :: time"})
package uk.send.commissioning;
