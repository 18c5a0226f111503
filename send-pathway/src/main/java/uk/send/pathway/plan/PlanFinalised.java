package uk.send.pathway.plan;

import java.time.LocalDate;

import uk.send.domain.reference.SettingType;

/**
 * A plan came into force: its final version (or an amended plan) was issued, naming a setting. Raised by the
 * plan in the method that issues the version, published through the event publication registry on commit.
 * The child's census SEN provision follows it; funding and commissioning will.
 *
 * @param planId      the plan
 * @param childId     whose plan it is
 * @param settingId   the school or setting named in section I
 * @param settingType the kind of setting named
 * @param date        the date the version was issued
 */
public record PlanFinalised(long planId, long childId, long settingId, SettingType settingType, LocalDate date) {
}
