package uk.send.pathway.statistics;

import uk.send.domain.reference.NeedCode;

/** Active EHC plans naming one setting, for children of one primary need (null: none recorded). */
public record PlacesTaken(long settingId, NeedCode need, long plans) {
}
