package uk.send.web.admin;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;

import uk.send.domain.access.AccountChanges;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.web.support.TextInput;

/** The "change a user" form: name, role, scope and whether they may sign in, at the version opened. */
record UserChangesForm(@TextInput(max = ScopedAccountForm.NAME_MAX) String displayName, Role role, Long settingId,
                       List<Long> footprintIds, Boolean enabled,
                       Integer version) implements ScopedAccountForm {

    /** An unticked box sends nothing: cannot sign in. */
    UserChangesForm {
        footprintIds = footprintIds == null ? List.of() : footprintIds.stream().filter(java.util.Objects::nonNull).toList();
        enabled = Boolean.TRUE.equals(enabled);
    }

    static UserChangesForm of(AccountView account) {
        return new UserChangesForm(account.displayName(), account.role(), account.settingId(), account.footprintIds(),
                account.enabled(), account.version());
    }

    /** The changes, at the version the page was opened at; without one there is no telling what was changed. */
    AccountChanges toCommand() {
        if (version == null) {
            throw new OptimisticLockingFailureException("No version: cannot tell what the change was made to");
        }
        return new AccountChanges(displayName.trim(), role, scopeSetting(), scopeFootprints(), enabled, version);
    }
}
