package uk.send.domain.children;

import java.util.List;
import java.util.Map;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.internal.Child;

/**
 * Which children a viewer may see, as an SQL condition: the one place the scope rules live. A record merged
 * into another is seen by no one (its address leads to the record kept).
 * <ul>
 * <li>PARENT: children they are a linked carer of;</li>
 * <li>SENCO: children on roll at their setting;</li>
 * <li>CASEWORKER, PANEL: children whose home is in one of their footprints;</li>
 * <li>ADMIN: all (to link parents to children);</li>
 * <li>COMMISSIONER: none individually (aggregate views only);</li>
 * <li>ADVISER: none (an adviser sees only who the child is, on the advice requests addressed to them;
 * see {@link ChildDirectory#identities});</li>
 * <li>YOUNG_PERSON: exactly their own record (the one their account holds);</li>
 * <li>LOCAL_OFFER: none (the Local Offer's editor works on the public directory, not on children).</li>
 * <li>PROVIDER: none (a registered provider keeps its own Local Offer entries, not children's records).</li>
 * </ul>
 */
final class ChildScope {

    private ChildScope() {
    }

    /**
     * The rule as SQL over the {@code child} table under {@code alias} (trusted: a caller's constant), adding
     * its parameters to {@code params}. Only live records: one merged into another is seen through the record kept.
     */
    static String sql(Viewer viewer, String alias, Map<String, Object> params) {
        return "(" + alias + ".merged_into_id is null and " + byRole(viewer, alias, params) + ")";
    }

    private static String byRole(Viewer viewer, String alias, Map<String, Object> params) {
        return switch (viewer.role()) {
            case PARENT -> {
                params.put("child_scope_user", viewer.userId());
                yield alias + ".id in (select k.child_id from carer k where k.user_id = :child_scope_user)";
            }
            case SENCO -> {
                params.put("child_scope_setting", viewer.settingId());
                yield alias + ".setting_id = :child_scope_setting";
            }
            case CASEWORKER, PANEL -> {
                if (viewer.footprintIds().isEmpty()) {
                    yield "false";
                }
                params.put("child_scope_footprints", List.copyOf(viewer.footprintIds()));
                yield alias + ".home_footprint_id in (:child_scope_footprints)";
            }
            case YOUNG_PERSON -> {
                params.put("child_scope_self", viewer.childId());
                yield alias + ".id = :child_scope_self";
            }
            case ADMIN -> "true";
            case COMMISSIONER, ADVISER, LOCAL_OFFER, OUTREACH, PROVIDER -> "false";
        };
    }

    /** The same rule for one child already loaded (with its setting and carers). */
    static boolean canSee(Viewer viewer, Child child) {
        if (child.isMerged()) {
            return false;
        }
        return switch (viewer.role()) {
            case PARENT -> child.getCarers().stream()
                    .anyMatch(c -> c.getAccount() != null && c.getAccount().getId() == viewer.userId());
            case SENCO -> child.getSetting() != null && child.getSetting().getId().equals(viewer.settingId());
            case CASEWORKER, PANEL -> viewer.footprintIds().contains(child.getHomeFootprint().getId());
            case YOUNG_PERSON -> child.getId().equals(viewer.childId());
            case ADMIN -> true;
            case COMMISSIONER, ADVISER, LOCAL_OFFER, OUTREACH, PROVIDER -> false;
        };
    }
}
