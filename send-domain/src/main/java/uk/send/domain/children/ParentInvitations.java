package uk.send.domain.children;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountLinks;
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
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;

/**
 * A caseworker (for a child in their footprints) or an administrator invites a parent or carer to a child's
 * record by email: the parent's account is found by the address or made for them, the carer on the record with
 * that address is linked to it (or a carer added), and the account holder is emailed — a new account its
 * single-use first-sign-in link, an existing one a note that a record has been added. One transaction: the
 * email is queued with the change. Audited.
 */
@Service
public class ParentInvitations {

    private final ChildRepository children;
    private final AccountService accounts;
    private final AccountLinks links;
    private final Notifications notifications;
    private final EntityManager entityManager;
    private final AuditLog audit;

    ParentInvitations(ChildRepository children, AccountService accounts, AccountLinks links, Notifications notifications,
                      EntityManager entityManager, AuditLog audit) {
        this.children = children;
        this.accounts = accounts;
        this.links = links;
        this.notifications = notifications;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Who may invite to this child's record: an administrator, or a caseworker whose scope includes the child. */
    public static boolean mayInvite(Viewer viewer) {
        return viewer.is(Role.ADMIN) || viewer.is(Role.CASEWORKER);
    }

    /**
     * @return whether a new account was made (and sent its first-sign-in link)
     * @throws NoSuchElementException     no such child, or not in the inviter's scope (answered alike)
     * @throws InvitationRefusedException the address belongs to a staff account, or is already linked to this child
     */
    @Transactional
    public boolean invite(long childId, ParentInvitation invitation, Viewer actor) {
        if (!mayInvite(actor)) {
            throw new NotInScopeException(ChildDirectory.ENTITY);
        }
        Child child = children.findRecord(childId).filter(c -> !c.isMerged()).filter(c -> ChildScope.canSee(actor, c))
                .orElseThrow(() -> new NoSuchElementException("No such child"));
        String email = invitation.email().strip().toLowerCase(Locale.ROOT);
        Optional<AccountView> existing = accounts.findByEmail(email);
        if (existing.isPresent() && existing.get().role() != Role.PARENT) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.NOT_A_PARENT_ACCOUNT);
        }
        if (existing.isPresent() && child.getCarers().stream()
                .anyMatch(c -> c.getAccount() != null && c.getAccount().getId().equals(existing.get().id()))) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.ALREADY_LINKED);
        }
        AccountView account = existing.orElseGet(() -> accounts.createInvitedParent(email,
                (invitation.givenName().strip() + " " + invitation.familyName().strip()), actor));
        UserAccount reference = entityManager.getReference(UserAccount.class, account.id());
        Carer carer = child.getCarers().stream()
                .filter(c -> c.getAccount() == null && email.equals(c.getEmail())).findFirst()
                .orElseGet(() -> {
                    Carer added = child.addCarer(invitation.givenName().strip(), invitation.familyName().strip(),
                            invitation.relationship(), true);
                    added.contactBy(email, null);
                    return added;
                });
        carer.linkAccount(reference);
        children.flush();
        audit.record(actor, AuditAction.CARER_LINKED, ChildDirectory.ENTITY, childId, "carer " + carer.getId() + ", invited by email");
        if (existing.isEmpty()) {
            links.invite(account.id(), actor);
            return true;
        }
        notifications.queue(account.id(), new Email("A record has been added to your SEND service account",
                "A child's record has been added to your account with the SEND service. Sign in to see it."));
        audit.record(actor, AuditAction.ACCOUNT_INVITED, "USER", account.id(), "existing account linked to a child");
        return false;
    }
}
