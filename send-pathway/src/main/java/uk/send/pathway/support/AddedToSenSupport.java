package uk.send.pathway.support;

import java.time.LocalDate;

import uk.send.domain.reference.NeedCode;

/** A pupil was added to SEN Support at a setting: the census records them as K with these needs. */
public record AddedToSenSupport(long childId, long settingId, NeedCode primaryNeed, NeedCode secondaryNeed,
                                LocalDate on) {
}
