package uk.send.domain.children;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.AccountLinks;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.EmailInUseException;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.children.internal.Child;
import uk.send.domain.children.internal.ChildRepository;

/**
 * A young person aged 16 or over holds their own account (Children and Families Act 2014 s.80; SEND Code of
 * Practice 8.13–8.20: from the end of compulsory school age the decisions are the young person's). A caseworker
 * (the child in their footprints) or an administrator invites them from their record, only on or after their 16th
 * birthday by the injected clock: a YOUNG_PERSON account scoped to exactly that record is made and sent its
 * single-use first-sign-in link, in one transaction. One account per young person. Audited.
 */
@Service
public class YoungPersonInvitations {

    /** The age from which a young person may hold their own account. */
    public static final int AGE = 16;

    /** Where a young person's invitation stands for one child, for the child's page. */
    public record Status(LocalDate sixteenOn, boolean oldEnough, String accountEmail) {
        public boolean mayInvite() {
            return oldEnough && accountEmail == null;
        }
    }

    private final ChildRepository children;
    private final AccountService accounts;
    private final AccountLinks links;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    YoungPersonInvitations(ChildRepository children, AccountService accounts, AccountLinks links, JdbcClient jdbc,
                           AuditLog audit, Clock clock) {
        this.children = children;
        this.accounts = accounts;
        this.links = links;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The day a person born on {@code dateOfBirth} turns 16: the anniversary, and for a birthday on 29 February
     * in a year without one, 1 March.
     */
    public static LocalDate sixteenthBirthday(LocalDate dateOfBirth) {
        LocalDate anniversary = dateOfBirth.plusYears(AGE);
        if (dateOfBirth.getMonth() == Month.FEBRUARY && dateOfBirth.getDayOfMonth() == 29 && anniversary.getDayOfMonth() == 28) {
            return anniversary.plusDays(1);
        }
        return anniversary;
    }

    /** The invitation's status for a child the inviter may see and invite to; empty otherwise (answered as not found). */
    @Transactional(readOnly = true)
    public Optional<Status> status(Viewer viewer, long childId) {
        if (!ParentInvitations.mayInvite(viewer)) {
            return Optional.empty();
        }
        // one statement (the child's page counts them): the child in the viewer's scope, and their account if any
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        String scope = ChildScope.sql(viewer, "c", params);
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("select c.date_of_birth, u.email from child c left join app_user u on u.child_id = c.id "
                        + "and u.role = 'YOUNG_PERSON' where c.id = :child_id and " + scope)
                .params(params).param("child_id", childId)
                .query((rs, n) -> {
                    LocalDate sixteen = sixteenthBirthday(rs.getObject(1, LocalDate.class));
                    return new Status(sixteen, !sixteen.isAfter(today), rs.getString(2));
                }).optional();
    }

    /**
     * Makes the young person's account and emails them its first-sign-in link.
     *
     * @throws NoSuchElementException     no such child, or not in the inviter's scope (answered alike)
     * @throws InvitationRefusedException under 16 today, already holding an account, or the address in use
     */
    @Transactional
    public void invite(long childId, String email, Viewer actor) {
        if (!ParentInvitations.mayInvite(actor)) {
            throw new NotInScopeException(ChildDirectory.ENTITY);
        }
        Child child = children.findRecord(childId).filter(c -> !c.isMerged()).filter(c -> ChildScope.canSee(actor, c))
                .orElseThrow(() -> new NoSuchElementException("No such child"));
        if (sixteenthBirthday(child.getDateOfBirth()).isAfter(LocalDate.now(clock))) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.UNDER_16);
        }
        // the row lock keeps two invitations for one young person apart; the unique index holds it too
        jdbc.sql("select id from child where id = :id for update").param("id", childId).query(Long.class).single();
        if (accountEmail(childId).isPresent()) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.YOUNG_PERSON_HAS_ACCOUNT);
        }
        AccountView account;
        try {
            account = accounts.createInvitedYoungPerson(email.strip(), child.getGivenName() + " " + child.getFamilyName(),
                    childId, actor);
        } catch (EmailInUseException inUse) {
            throw new InvitationRefusedException(InvitationRefusedException.Reason.EMAIL_IN_USE);
        }
        audit.record(actor, AuditAction.CARER_LINKED, ChildDirectory.ENTITY, childId,
                "young person's own account " + account.id() + ", invited by email");
        links.invite(account.id(), actor);
    }

    private Optional<String> accountEmail(long childId) {
        return jdbc.sql("select email from app_user where child_id = :c and role = 'YOUNG_PERSON'")
                .param("c", childId).query(String.class).optional();
    }
}
