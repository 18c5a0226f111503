package uk.send.commissioning.forecast;

import java.time.Instant;

/** A named scenario of the demand forecast as stored: its assumptions, who last changed it and when. */
public record Scenario(long id, String name, Assumptions assumptions, String updatedBy, Instant updatedAt, int version) {
}
