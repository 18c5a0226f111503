/**
 * The pathway module: the statutory calendar, EHC needs assessments and EHC plans (SEN Support and
 * reviews to come). It sees only the domain's named interfaces; its own API is the named interfaces
 * below it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pathway", allowedDependencies = {
        "domain :: access", "domain :: audit", "domain :: children", "domain :: reference", "domain :: events",
        "domain :: demo", "domain :: time", "domain :: notifications", "domain :: retention", "domain :: refusal"})
package uk.send.pathway;
