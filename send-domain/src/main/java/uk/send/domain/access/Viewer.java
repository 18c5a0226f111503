package uk.send.domain.access;

import java.util.Set;

/**
 * Who is asking, with the scope their role gives them, as read from the database for this request.
 * Every scoped read in the domain takes one.
 *
 * @param footprintIds the footprints a caseworker or panel member works in (empty for other roles)
 * @param settingId    a SENCO's or an outreach provider's setting (null for other roles)
 */
public record Viewer(long userId, String email, Role role, Set<Long> footprintIds, Long settingId) {

    public Viewer {
        footprintIds = Set.copyOf(footprintIds);
        if (role.isSettingScoped() && settingId == null) {
            throw new IllegalArgumentException("A " + role + "'s scope is a setting");
        }
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean worksIn(long footprintId) {
        return role.isFootprintScoped() && footprintIds.contains(footprintId);
    }
}
