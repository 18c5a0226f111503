package uk.send.commissioning.offer;

import java.time.LocalDate;

/** One line of the editor's list. {@code checkDue}: not checked in the last 12 months. */
public record EditorEntry(long id, String name, String organizationName, Category category, ServiceStatus status,
                          LocalDate lastCheckedOn, boolean checkDue) {
}
