/**
 * The funding module: high-needs money deployed through footprints. Today: top-up funding without an EHC plan
 * (the council's bands, each footprint's budget per financial year, the schools' applications from a SEN Support
 * review, the panel's decisions and awards, and their review). It sees only the named interfaces of the modules
 * below it; its own API is the named interfaces below it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Funding", allowedDependencies = {
        "domain :: access", "domain :: audit", "domain :: children", "domain :: reference", "domain :: demo",
        "domain :: events", "domain :: retention", "domain :: refusal", "pathway :: support"})
package uk.send.funding;
