package uk.send.domain.reference;

import uk.send.domain.reference.internal.Setting;

/** A setting as pages show it. */
public record SettingView(long id, String urn, String name, SettingType type, Phase phase, long footprintId,
                          String footprintName, Long hostSettingId, String hostSettingName, boolean open, int version,
                          boolean inArea) {

    static SettingView of(Setting s) {
        return new SettingView(s.getId(), s.getUrn().value(), s.getName(), s.getType(), s.getPhase(),
                s.getFootprint().getId(), s.getFootprint().getName(),
                s.getHost() == null ? null : s.getHost().getId(),
                s.getHost() == null ? null : s.getHost().getName(), s.isOpen(), s.getVersion(), s.isInArea());
    }
}
