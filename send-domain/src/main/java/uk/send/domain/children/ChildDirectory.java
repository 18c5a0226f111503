package uk.send.domain.children;

import jakarta.persistence.EntityManager;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.access.internal.UserAccount;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.internal.Carer;
import uk.send.domain.children.internal.Child;
import uk.send.domain.children.internal.ChildRepository;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SenProvision;

/**
 * Children and young people, always read through the viewer's scope. Every record view, every
 * refusal and every change is audited.
 */
@Service
public class ChildDirectory {

    static final String ENTITY = "CHILD";
    /** Who the audit names for a change the service makes itself, following an event. */
    static final String SERVICE = "service";
    private static final Pattern UPN_LIKE = Pattern.compile("[A-Za-z][0-9]{11}[0-9A-Za-z]");
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu"), DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d-M-uuuu"));

    /** Lists sort by family name, then given name, then id so that pages are stable. */
    public static final Sort DEFAULT_SORT = Sort.by("familyName", "givenName", "id");

    private final ChildRepository children;
    private final AccountService accounts;
    private final AuditLog audit;
    private final EntityManager entityManager;

    ChildDirectory(ChildRepository children, AccountService accounts, AuditLog audit, EntityManager entityManager) {
        this.children = children;
        this.accounts = accounts;
        this.audit = audit;
        this.entityManager = entityManager;
    }

    /**
     * The children this viewer may see, matching a search by name, UPN or date of birth (d/m/yyyy),
     * optionally in one footprint.
     */
    @Transactional
    public Page<ChildSummary> search(Viewer viewer, String query, Long footprintId, Pageable pageable) {
        Page<ChildSummary> page = children.findAll(visibleMatching(viewer, query, footprintId), pageable)
                .map(ChildSummary::of);
        auditSearch(viewer, query, page.getTotalElements());
        return page;
    }

    /**
     * Of these children, the ones this viewer may see that match the search (name, UPN or date of birth)
     * and footprint: for other modules listing their own records by child, in the viewer's scope.
     */
    @Transactional
    public List<ChildSummary> visibleAmong(Viewer viewer, Collection<Long> childIds, String query, Long footprintId) {
        if (childIds.isEmpty()) {
            return List.of();
        }
        Specification<Child> spec = visibleMatching(viewer, query, footprintId)
                .and((root, q, cb) -> root.get("id").in(childIds));
        List<ChildSummary> found = children.findAll(spec, Pageable.unpaged(DEFAULT_SORT)).map(ChildSummary::of).getContent();
        auditSearch(viewer, query, found.size());
        return found;
    }

    /** Opens a child's record; refused (and the refusal audited) when the child is outside the viewer's scope. */
    @Transactional
    public ChildRecord view(Viewer viewer, long childId) {
        Child child = children.findRecord(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        if (!ChildScope.canSee(viewer, child)) {
            audit.recordIndependently(viewer.userId(), viewer.email(), AuditAction.ACCESS_DENIED, ENTITY, childId,
                    "outside scope of " + viewer.role());
            throw new NotInScopeException(ENTITY);
        }
        audit.record(viewer, AuditAction.CHILD_VIEWED, ENTITY, childId);
        return ChildRecord.of(child);
    }

    /**
     * Who these children are (name and date of birth), and nothing else of their records: for a module
     * that has already decided by its own rule that the viewer has a reason to know, such as an adviser
     * shown the advice requests addressed to them. That module audits what it shows.
     */
    @Transactional(readOnly = true)
    public Map<Long, ChildIdentity> identities(Collection<Long> childIds) {
        if (childIds.isEmpty()) {
            return Map.of();
        }
        return children.findAllById(childIds).stream()
                .collect(Collectors.toMap(Child::getId, ChildIdentity::of));
    }

    /** Whether the viewer may see this child: for other modules guarding records that belong to a child. */
    @Transactional(readOnly = true)
    public boolean canSee(Viewer viewer, long childId) {
        return children.findRecord(childId).map(c -> ChildScope.canSee(viewer, c)).orElse(false);
    }

    /**
     * Records a child's census SEN provision (N, K or E) and, when a primary need is given, their need codes;
     * without one, the needs already recorded are kept. For modules following their own events (a finalised
     * EHC plan makes the child E), not for a person's request, so it is audited as the service itself, and
     * only when something changed (listeners may be run twice).
     */
    @Transactional
    public void recordSenProvision(long childId, SenProvision provision, NeedCode primary, NeedCode secondary) {
        Child child = children.findById(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        NeedCode newPrimary = primary == null ? child.getPrimaryNeed() : primary;
        NeedCode newSecondary = primary == null ? child.getSecondaryNeed() : secondary;
        if (child.getSenProvision() == provision && child.getPrimaryNeed() == newPrimary
                && child.getSecondaryNeed() == newSecondary) {
            return;
        }
        child.recordNeeds(newPrimary, newSecondary, provision);
        children.flush();
        audit.record(null, SERVICE, AuditAction.CHILD_UPDATED, ENTITY, childId, "SEN provision " + provision.code());
    }

    /** Adds a parent or carer to a child's record, linked to a parent account where one is given. */
    @Transactional
    public ChildRecord addCarer(long childId, CarerDetails details, Viewer actor) {
        requireAdmin(actor);
        Child child = children.findRecord(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        Carer carer = child.addCarer(details.givenName(), details.familyName(), details.relationship(),
                details.parentalResponsibility());
        carer.contactBy(details.email(), details.phone());
        if (details.accountId() != null) {
            carer.linkAccount(parentAccount(details.accountId()));
        }
        children.flush();
        audit.record(actor, details.accountId() == null ? AuditAction.CHILD_UPDATED : AuditAction.CARER_LINKED,
                ENTITY, childId, "carer " + carer.getId());
        return ChildRecord.of(child);
    }

    /** Links an existing carer on the record to a parent's account, or removes the link (accountId null). */
    @Transactional
    public ChildRecord linkCarerAccount(long childId, long carerId, Long accountId, Viewer actor) {
        requireAdmin(actor);
        Child child = children.findRecord(childId).orElseThrow(() -> new NoSuchElementException("No such child"));
        Carer carer = child.getCarers().stream().filter(c -> c.getId() == carerId).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No such carer on this record"));
        carer.linkAccount(accountId == null ? null : parentAccount(accountId));
        audit.record(actor, accountId == null ? AuditAction.CARER_UNLINKED : AuditAction.CARER_LINKED,
                ENTITY, childId, "carer " + carerId);
        return ChildRecord.of(child);
    }

    private UserAccount parentAccount(long accountId) {
        Optional<AccountView> account = accounts.find(accountId);
        if (account.isEmpty() || account.get().role() != Role.PARENT) {
            throw new IllegalArgumentException("Only a parent's account can be linked to a child");
        }
        return entityManager.getReference(UserAccount.class, accountId);
    }

    private static void requireAdmin(Viewer actor) {
        if (!actor.is(Role.ADMIN)) {
            throw new NotInScopeException(ENTITY);
        }
    }

    /** The viewer's scope, narrowed by a search and (optionally) a home footprint. */
    private static Specification<Child> visibleMatching(Viewer viewer, String query, Long footprintId) {
        Specification<Child> spec = ChildScope.visibleTo(viewer).and(matching(query));
        if (footprintId != null) {
            spec = spec.and((root, q, cb) -> cb.equal(root.get("homeFootprint").get("id"), footprintId));
        }
        return spec;
    }

    /** A search is audited by how many it found; the search text itself may be personal data, so it is not kept. */
    private void auditSearch(Viewer viewer, String query, long found) {
        if (query != null && !query.isBlank()) {
            audit.record(viewer, AuditAction.CHILD_SEARCHED, ENTITY, null, found + " found");
        }
    }

    static Specification<Child> matching(String query) {
        if (query == null || query.isBlank()) {
            return (root, q, cb) -> cb.conjunction();
        }
        String text = query.trim();
        if (UPN_LIKE.matcher(text).matches()) {
            return (root, q, cb) -> cb.equal(root.get("upn"), text.toUpperCase(Locale.ROOT));
        }
        Optional<LocalDate> date = parseDate(text);
        if (date.isPresent()) {
            return (root, q, cb) -> cb.equal(root.get("dateOfBirth"), date.get());
        }
        String like = "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, q, cb) -> cb.or(
                cb.like(cb.lower(root.get("familyName")), like, '\\'),
                cb.like(cb.lower(root.get("givenName")), like, '\\'),
                cb.like(cb.lower(cb.concat(cb.concat(root.get("givenName"), " "), root.get("familyName"))), like, '\\'));
    }

    static Optional<LocalDate> parseDate(String text) {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        return Optional.empty();
    }
}
