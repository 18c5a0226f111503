package uk.send.web.generator;

import uk.send.domain.access.Role;
import uk.send.domain.audit.AuditAction;

/**
 * Staff accounts, all with the password {@value Generation#PASSWORD} (one hash, computed once): an administrator
 * and a commissioner for the council; in every footprint a caseworker and a panel member (scoped to it) and an
 * adviser (an educational psychologist); a SENCO for every setting. E-mail addresses say who they are:
 * {@code caseworker.fp-001@gen.send}, {@code panel.fp-001@…}, {@code adviser.fp-001@…}, {@code senco.900001@…},
 * {@code admin@…}, {@code commissioner@…}. Parents' accounts come with their children ({@link ChildrenArea}).
 */
final class AccountsArea implements Area {

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void generate(Generation g) {
        CopyTable users = g.table("app_user", "id, email, display_name, password_hash, role, setting_id, created_at, updated_at");
        CopyTable scopes = g.table("app_user_footprint", "user_id, footprint_id");
        var created = Generation.at(g.today.minusYears(2), 9, 30);
        g.adminId = user(g, users, "admin", "Alex Administrator", Role.ADMIN, null);
        g.admin = email("admin");
        user(g, users, "commissioner", "Charlie Commissioner", Role.COMMISSIONER, null);
        for (Generation.Footprint f : g.footprints) {
            String code = f.code().toLowerCase(java.util.Locale.ROOT);
            long caseworker = user(g, users, "caseworker." + code, "Casey Worker (" + f.code() + ")", Role.CASEWORKER, null);
            long panel = user(g, users, "panel." + code, "Penny Panel (" + f.code() + ")", Role.PANEL, null);
            long adviser = user(g, users, "adviser." + code, "Dr Ellis Psychologist (" + f.code() + ")", Role.ADVISER, null);
            scopes.add(caseworker).add(f.id()).end();
            scopes.add(panel).add(f.id()).end();
            g.staff.add(new Generation.Staff(caseworker, email("caseworker." + code), panel, adviser, email("adviser." + code)));
        }
        for (Generation.Setting s : g.settings) {
            user(g, users, "senco." + s.urn(), "Sam Coordinator (" + s.urn() + ")", Role.SENCO, s.id());
        }
        g.audit(created, g.adminId, g.admin, AuditAction.SIGNED_IN, "USER", g.adminId, null);
    }

    static String email(String local) {
        return local + "@" + Generation.DOMAIN;
    }

    /** An account; its creation audited as the administrator's. */
    static long user(Generation g, CopyTable users, String local, String displayName, Role role, Long settingId) {
        long id = g.nextId("app_user");
        var created = Generation.at(g.today.minusYears(2), 10, 0);
        users.add(id).add(email(local)).add(displayName).add(g.passwordHash).add(role.name()).add(settingId)
                .add(created).add(created).end();
        g.audit(created, g.adminId == 0 ? null : g.adminId, g.admin == null ? "system" : g.admin,
                AuditAction.USER_CREATED, "USER", id, "role " + role.name());
        return id;
    }
}
