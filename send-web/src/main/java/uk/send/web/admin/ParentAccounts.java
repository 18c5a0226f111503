package uk.send.web.admin;

import java.util.List;
import java.util.Objects;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.Role;
import uk.send.domain.children.ChildRecord;
import uk.send.web.support.Choice;

/** The parents' accounts a carer on a child's record can be linked to, and the check that a choice is one. */
@Component
class ParentAccounts {

    private final AccountService accounts;

    ParentAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    /** Every parent account, by name, for a select. */
    List<Choice> choices() {
        return accounts.search("", Role.PARENT, Pageable.unpaged(Sort.by("displayName", "id"))).stream()
                .map(a -> Choice.text(a.id(), a.displayName() + " (" + a.email() + ")"))
                .toList();
    }

    /**
     * Rejects {@code field} unless {@code accountId} is a parent's account not already linked to another carer
     * on this child's record (one account, one carer per child).
     *
     * @param carerId the carer being linked, or null for a carer being added
     */
    void check(Errors errors, String field, Long accountId, ChildRecord child, Long carerId) {
        if (accountId == null) {
            return;
        }
        boolean isParent = accounts.find(accountId).map(a -> a.role() == Role.PARENT).orElse(false);
        if (!isParent) {
            errors.rejectValue(field, "admin.children.account.notParent");
        } else if (child.carers().stream()
                .anyMatch(c -> accountId.equals(c.accountId()) && !Objects.equals(c.id(), carerId))) {
            errors.rejectValue(field, "admin.children.account.alreadyLinked");
        }
    }
}
