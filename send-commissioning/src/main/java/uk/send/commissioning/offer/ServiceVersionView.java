package uk.send.commissioning.offer;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One kept version (times are London times) of an entry: what made it, who and when, and (for a single version) the entry's fields as
 * they stood, by column name in column order; empty in a list of versions.
 */
public record ServiceVersionView(long serviceId, int version, VersionChange change, String changedBy, LocalDateTime changedAt,
                                 Map<String, String> content) {
}
