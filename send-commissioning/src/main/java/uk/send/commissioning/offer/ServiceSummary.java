package uk.send.commissioning.offer;

import java.time.LocalDate;

/**
 * One result of a search: enough to choose which service to read, and the one-to-one fields of an Open Referral
 * listing. {@code footprintName} is null for the whole area; the optional text is null when not given.
 */
public record ServiceSummary(long id, String name, String organizationName, String description, Category category,
                             Access access, Cost cost, int minAge, int maxAge, String footprintName,
                             LocalDate lastCheckedOn, long organizationId, String organizationDescription,
                             String url, String email, String locationName) {
}
