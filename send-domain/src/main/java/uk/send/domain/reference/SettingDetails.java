package uk.send.domain.reference;

/** Command: the details of a setting to create or change. The URN is fixed once created. */
public record SettingDetails(String urn, String name, SettingType type, Phase phase, long footprintId,
                             Long hostSettingId, boolean open) {
}
