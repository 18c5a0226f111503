package uk.send.domain.reference;

/**
 * Command: the details of a setting to create or change. The URN is fixed once created. {@code inArea}: in the
 * council's own area (false for a neighbouring council's school or an independent school beyond the boundary).
 */
public record SettingDetails(String urn, String name, SettingType type, Phase phase, long footprintId,
                             Long hostSettingId, boolean open, boolean inArea) {

    /** A setting in the council's own area. */
    public SettingDetails(String urn, String name, SettingType type, Phase phase, long footprintId,
                          Long hostSettingId, boolean open) {
        this(urn, name, type, phase, footprintId, hostSettingId, open, true);
    }
}
