package uk.send.commissioning.forecast;

/** A scenario's name and assumptions, to create one or change it. */
public record ScenarioDetails(String name, Assumptions assumptions) {
}
