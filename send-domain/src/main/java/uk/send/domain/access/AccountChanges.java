package uk.send.domain.access;

import java.util.Set;

/** Command: change an account's name, role, scope or whether it may sign in. */
public record AccountChanges(String displayName, Role role, Long settingId, Set<Long> footprintIds, boolean enabled,
                             int version) {

    public AccountChanges {
        footprintIds = footprintIds == null ? Set.of() : Set.copyOf(footprintIds);
    }
}
