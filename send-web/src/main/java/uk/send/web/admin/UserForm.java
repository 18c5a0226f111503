package uk.send.web.admin;

import java.util.List;

import uk.send.domain.access.NewAccount;
import uk.send.domain.access.Role;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * The "add a user" form, as typed. Values are kept as submitted so that a page with errors shows them
 * again; {@link #toCommand()} tidies them for the domain.
 */
record UserForm(@TextInput(max = Text.EMAIL_MAX) String email, @TextInput(max = ScopedAccountForm.NAME_MAX) String displayName, Role role,
                Long settingId, List<Long> footprintIds, @Parsed String password) implements ScopedAccountForm {

    UserForm {
        footprintIds = footprintIds == null ? List.of() : footprintIds.stream().filter(java.util.Objects::nonNull).toList();
    }

    static UserForm empty() {
        return new UserForm("", "", null, null, List.of(), "");
    }

    /** Leaves out the password: forms end up in logs and debuggers. */
    @Override
    public String toString() {
        return "UserForm[role=" + role + "]";
    }

    NewAccount toCommand() {
        return new NewAccount(email.trim(), displayName.trim(), role, scopeSetting(), scopeFootprints(), password);
    }
}
