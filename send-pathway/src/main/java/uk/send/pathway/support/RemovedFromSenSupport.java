package uk.send.pathway.support;

import java.time.LocalDate;

/** A pupil's SEN Support ended, for a reason. */
public record RemovedFromSenSupport(long childId, long settingId, RemovalReason reason, LocalDate on) {
}
