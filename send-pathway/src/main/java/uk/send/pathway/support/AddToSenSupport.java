package uk.send.pathway.support;

import java.time.LocalDate;

import uk.send.domain.reference.NeedCode;

/** Add a pupil on roll to SEN Support: their primary need (and optionally a secondary one), from a date. */
public record AddToSenSupport(NeedCode primaryNeed, NeedCode secondaryNeed, LocalDate addedOn) {
}
