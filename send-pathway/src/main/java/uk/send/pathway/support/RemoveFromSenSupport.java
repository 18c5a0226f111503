package uk.send.pathway.support;

import java.time.LocalDate;

/** End a pupil's SEN Support, with the reason (and a note), on a date; the record is kept as history. */
public record RemoveFromSenSupport(RemovalReason reason, String note, LocalDate removedOn) {
}
