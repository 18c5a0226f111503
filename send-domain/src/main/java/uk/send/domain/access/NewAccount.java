package uk.send.domain.access;

import java.util.Set;

/** Command: create an account with a role and the scope the role needs. */
public record NewAccount(String email, String displayName, Role role, Long settingId, Set<Long> footprintIds,
                         String password) {

    public NewAccount {
        footprintIds = footprintIds == null ? Set.of() : Set.copyOf(footprintIds);
    }

    @Override
    public String toString() {
        return "NewAccount[role=" + role + "]";
    }
}
