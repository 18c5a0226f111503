package uk.send.pathway.support;

import java.time.LocalDate;

/** Command: a pupil left the SENCO's school on a day, for another setting the service holds if known (else null). */
public record PupilLeaving(LocalDate leftOn, Long destinationSettingId) {
}
