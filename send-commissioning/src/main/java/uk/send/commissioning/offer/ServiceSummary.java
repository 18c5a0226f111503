package uk.send.commissioning.offer;

import java.time.LocalDate;

/** One result of a search: enough to choose which service to read. {@code footprintName} is null for the whole area. */
public record ServiceSummary(long id, String name, String organizationName, String description, Category category,
                             Access access, Cost cost, int minAge, int maxAge, String footprintName,
                             LocalDate lastCheckedOn) {
}
