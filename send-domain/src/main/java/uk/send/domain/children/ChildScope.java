package uk.send.domain.children;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.jpa.domain.Specification;

import uk.send.domain.access.Viewer;
import uk.send.domain.children.internal.Carer;
import uk.send.domain.children.internal.Child;

/**
 * Which children a viewer may see, as a query condition: the one place the scope rules live.
 * <ul>
 * <li>PARENT: children they are a linked carer of;</li>
 * <li>SENCO: children on roll at their setting;</li>
 * <li>CASEWORKER, PANEL: children whose home is in one of their footprints;</li>
 * <li>ADMIN: all (to link parents to children);</li>
 * <li>COMMISSIONER: none individually (aggregate views only);</li>
 * <li>ADVISER: none (an adviser sees only who the child is, on the advice requests addressed to them;
 * see {@link ChildDirectory#identities});</li>
 * <li>LOCAL_OFFER: none (the Local Offer's editor works on the public directory, not on children).</li>
 * </ul>
 */
final class ChildScope {

    private ChildScope() {
    }

    static Specification<Child> visibleTo(Viewer viewer) {
        return switch (viewer.role()) {
            case PARENT -> (root, query, cb) -> {
                Subquery<Long> linked = query.subquery(Long.class);
                Root<Carer> carer = linked.from(Carer.class);
                linked.select(carer.get("child").get("id"))
                        .where(cb.equal(carer.get("account").get("id"), viewer.userId()));
                return root.get("id").in(linked);
            };
            case SENCO -> (root, query, cb) -> cb.equal(root.get("setting").get("id"), viewer.settingId());
            case CASEWORKER, PANEL -> (root, query, cb) -> viewer.footprintIds().isEmpty()
                    ? cb.disjunction()
                    : root.get("homeFootprint").get("id").in(viewer.footprintIds());
            case ADMIN -> (root, query, cb) -> cb.conjunction();
            case COMMISSIONER, ADVISER, LOCAL_OFFER -> (root, query, cb) -> cb.disjunction();
        };
    }

    /** The same rule for one child already loaded (with its setting and carers). */
    static boolean canSee(Viewer viewer, Child child) {
        return switch (viewer.role()) {
            case PARENT -> child.getCarers().stream()
                    .anyMatch(c -> c.getAccount() != null && c.getAccount().getId() == viewer.userId());
            case SENCO -> child.getSetting() != null && child.getSetting().getId().equals(viewer.settingId());
            case CASEWORKER, PANEL -> viewer.footprintIds().contains(child.getHomeFootprint().getId());
            case ADMIN -> true;
            case COMMISSIONER, ADVISER, LOCAL_OFFER -> false;
        };
    }
}
