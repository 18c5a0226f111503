package uk.send.domain.reference;

import java.util.List;

/**
 * Read model: what one GIAS row does to the settings. {@code changed} names the fields a change updates
 * ({@code name}, {@code type}, {@code phase}, {@code open}); it is empty for the other kinds.
 */
public record SettingChange(Kind kind, int row, String urn, String name, SettingType type, Phase phase,
                            List<String> changed) {

    public SettingChange {
        changed = List.copyOf(changed);
    }

    public enum Kind {
        /** A setting not yet recorded: added. */
        ADDED,
        /** A recorded setting whose name, type or phase GIAS now gives differently: updated. */
        CHANGED,
        /** A recorded setting GIAS now lists as closed: marked closed. */
        CLOSED,
        /** A setting GIAS lists again as open: marked open. */
        REOPENED,
        /** A new setting whose postcode is in no footprint: not added until a footprint covers it. */
        NO_FOOTPRINT,
        /** A row the service cannot read (no URN, no name, a type or phase it does not know): left out. */
        UNREADABLE
    }

    public boolean isApplied() {
        return kind == Kind.ADDED || kind == Kind.CHANGED || kind == Kind.CLOSED || kind == Kind.REOPENED;
    }
}
