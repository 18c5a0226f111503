package uk.send.web.admin;

import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import uk.send.domain.access.Role;
import uk.send.web.support.KnownIds;

/**
 * What the add and change user forms share: a name, a role and the scope that role needs. The checks
 * are here once, for both forms' validators.
 */
interface ScopedAccountForm {

    int NAME_MAX = 100;

    String displayName();

    Role role();

    Long settingId();

    List<Long> footprintIds();

    /** The setting, only when the role is scoped by one. */
    default Long scopeSetting() {
        return role() != null && role().isSettingScoped() ? settingId() : null;
    }

    /** The footprints, only when the role is scoped by them. */
    default Set<Long> scopeFootprints() {
        return role() != null && role().isFootprintScoped() ? Set.copyOf(footprintIds()) : Set.of();
    }

    /**
     * Name required; a role; a SENCO's or an outreach provider's setting and a caseworker's or panel member's footprints, each one that
     * exists.
     */
    static void validateNameRoleAndScope(ScopedAccountForm form, Errors errors, KnownIds known) {
        Text.required(errors, "displayName", form.displayName(), "admin.users.displayName.required");
        if (form.role() == null) {
            Text.reject(errors, "role", "admin.users.role.required");
        } else if (form.role().isSettingScoped()) {
            if (form.settingId() == null) {
                Text.reject(errors, "settingId", "admin.users.settingId.required");
            } else if (!known.isSetting(form.settingId())) {
                Text.reject(errors, "settingId", "admin.users.settingId.unknown");
            }
        } else if (form.role().isFootprintScoped()) {
            if (form.footprintIds().isEmpty()) {
                Text.reject(errors, "footprintIds", "admin.users.footprintIds.required");
            } else if (!known.areFootprints(form.footprintIds())) {
                Text.reject(errors, "footprintIds", "admin.users.footprintIds.unknown");
            }
        }
    }
}
