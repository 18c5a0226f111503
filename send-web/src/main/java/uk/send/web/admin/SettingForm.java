package uk.send.web.admin;

import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.web.support.TextInput;

/**
 * Add or change a school or other setting. The URN is typed only when adding ({@code version} null);
 * after that it is fixed and shown, not submitted.
 */
record SettingForm(@TextInput(max = 6) String urn, @TextInput(max = SettingFormValidator.NAME_MAX) String name, SettingType type, Phase phase, Long footprintId, Long hostSettingId,
                   Boolean open, Integer version, Boolean inArea) {

    /** An unticked box sends nothing: not open, not in the area. */
    SettingForm {
        open = Boolean.TRUE.equals(open);
        inArea = Boolean.TRUE.equals(inArea);
    }

    static SettingForm empty() {
        return new SettingForm("", "", null, null, null, null, true, null, true);
    }

    static SettingForm of(SettingView setting) {
        return new SettingForm(setting.urn(), setting.name(), setting.type(), setting.phase(), setting.footprintId(),
                setting.hostSettingId(), setting.open(), setting.version(), setting.inArea());
    }

    /** As a new setting: a version sent with one (no add page sends it) is ignored. */
    SettingForm asNew() {
        return version == null ? this : new SettingForm(urn, name, type, phase, footprintId, hostSettingId, open, null, inArea);
    }

    boolean isNew() {
        return version == null;
    }

    SettingDetails toDetails() {
        return new SettingDetails(urn == null ? null : urn.trim(), name.trim(), type, phase, footprintId,
                type == SettingType.RESOURCE_BASE ? hostSettingId : null, open, inArea);
    }
}
