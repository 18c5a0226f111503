package uk.send.web.admin;

import java.util.List;

import uk.send.domain.access.AccountChanges;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;

/** The "change a user" form: name, role, scope and whether they may sign in, at the version opened. */
record UserChangesForm(String displayName, Role role, Long settingId, List<Long> footprintIds, boolean enabled,
                       int version) implements ScopedAccountForm {

    UserChangesForm {
        footprintIds = footprintIds == null ? List.of() : List.copyOf(footprintIds);
    }

    static UserChangesForm of(AccountView account) {
        return new UserChangesForm(account.displayName(), account.role(), account.settingId(), account.footprintIds(),
                account.enabled(), account.version());
    }

    AccountChanges toCommand() {
        return new AccountChanges(displayName.trim(), role, scopeSetting(), scopeFootprints(), enabled, version);
    }
}
