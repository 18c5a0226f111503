package uk.send.domain.access;

import java.util.Set;

/**
 * Who is asking, with the scope their role gives them, as read from the database. Every scoped read in the domain
 * takes one. Serializable: the web layer keeps it in the signed-in session (read once a session, and the session
 * ended whenever the account's role, status or scope changes).
 *
 * @param footprintIds the footprints a caseworker or panel member works in (empty for other roles)
 * @param settingId    a SENCO's or an outreach provider's setting (null for other roles)
 * @param childId      a young person's own record (null for other roles)
 */
public record Viewer(long userId, String email, Role role, Set<Long> footprintIds, Long settingId, Long childId)
        implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    public Viewer {
        footprintIds = Set.copyOf(footprintIds);
        if (role.isSettingScoped() && settingId == null) {
            throw new IllegalArgumentException("A " + role + "'s scope is a setting");
        }
        if ((role == Role.YOUNG_PERSON) != (childId != null)) {
            throw new IllegalArgumentException("A young person's scope is their own record, and only theirs");
        }
    }

    /** Anyone but a young person (who has a record of their own). */
    public Viewer(long userId, String email, Role role, Set<Long> footprintIds, Long settingId) {
        this(userId, email, role, footprintIds, settingId, null);
    }

    /** A parent or carer, or the young person: the family's pages are theirs. */
    public boolean isFamily() {
        return role.isFamily();
    }

    public boolean is(Role other) {
        return role == other;
    }

    public boolean worksIn(long footprintId) {
        return role.isFootprintScoped() && footprintIds.contains(footprintId);
    }
}
