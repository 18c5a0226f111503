package uk.send.pathway.statistics;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which records a figure counts: events dated from {@code from} to {@code to} (both inclusive), for children
 * living in one footprint or, when {@code footprintId} is null, in the whole area.
 */
public record StatisticsFilter(LocalDate from, LocalDate to, Long footprintId) {

    public StatisticsFilter {
        Objects.requireNonNull(from, "from is required");
        Objects.requireNonNull(to, "to is required");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period cannot end before it starts");
        }
    }
}
