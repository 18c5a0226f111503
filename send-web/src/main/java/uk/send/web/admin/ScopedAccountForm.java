package uk.send.web.admin;

import java.util.List;
import java.util.Set;

import org.springframework.validation.Errors;

import uk.send.domain.access.Role;

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
        return role() == Role.SENCO ? settingId() : null;
    }

    /** The footprints, only when the role is scoped by them. */
    default Set<Long> scopeFootprints() {
        return role() != null && role().isFootprintScoped() ? Set.copyOf(footprintIds()) : Set.of();
    }

    /** Name required and not too long; a role; a SENCO's setting; a caseworker's or panel member's footprints. */
    static void validateNameRoleAndScope(ScopedAccountForm form, Errors errors) {
        Text.required(errors, "displayName", form.displayName(), NAME_MAX, "admin.users.displayName.required",
                "admin.users.displayName.tooLong");
        if (form.role() == null) {
            errors.rejectValue("role", "admin.users.role.required");
        } else if (form.role() == Role.SENCO && form.settingId() == null) {
            errors.rejectValue("settingId", "admin.users.settingId.required");
        } else if (form.role().isFootprintScoped() && form.footprintIds().isEmpty()) {
            errors.rejectValue("footprintIds", "admin.users.footprintIds.required");
        }
    }
}
