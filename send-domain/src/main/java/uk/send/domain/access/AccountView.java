package uk.send.domain.access;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import uk.send.domain.access.internal.UserAccount;
import uk.send.domain.reference.internal.Footprint;

/** An account as the administrator sees it. */
public record AccountView(long id, String email, String displayName, Role role, Long settingId, String settingName,
                          List<Long> footprintIds, List<String> footprintNames, boolean enabled, boolean locked,
                          Instant lastSignInAt, int version) {

    static AccountView of(UserAccount a, Instant now) {
        List<Footprint> footprints = a.getFootprints().stream().sorted(Comparator.comparing(Footprint::getName)).toList();
        return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getRole(),
                a.getSetting() == null ? null : a.getSetting().getId(),
                a.getSetting() == null ? null : a.getSetting().getName(),
                footprints.stream().map(Footprint::getId).toList(),
                footprints.stream().map(Footprint::getName).toList(),
                a.isEnabled(), a.isLockedAt(now), a.getLastSignInAt(), a.getVersion());
    }
}
