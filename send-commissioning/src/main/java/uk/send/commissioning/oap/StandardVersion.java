package uk.send.commissioning.oap;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One wording a standard has had, who wrote it and when. */
public record StandardVersion(int version, AreaOfNeed area, String wording, LocalDate retiredOn, String changedBy,
                              OffsetDateTime changedAt) {
}
