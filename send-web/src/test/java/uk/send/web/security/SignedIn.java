package uk.send.web.security;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.SignInAccount;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;

/** MockMvc requests made as a real account in the test database, as if it had signed in. */
public final class SignedIn {

    private SignedIn() {
    }

    public static RequestPostProcessor as(AccountView account) {
        return SecurityMockMvcRequestPostProcessors.user(user(account));
    }

    /** The signed-in user the account would be. */
    public static SendUser user(AccountView account) {
        return new SendUser(new SignInAccount(account.id(), account.email(), "", account.role(), true, false));
    }

    /** One account of each role in one footprint (the SENCO at a school there), for the route-by-role tests. */
    public static Map<Role, AccountView> oneAccountPerRole(Fixtures fixtures) {
        FootprintView footprint = fixtures.footprint();
        SettingView school = fixtures.school(footprint);
        Map<Role, AccountView> accounts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            accounts.put(role, fixtures.account(role, role.isSettingScoped() ? school.id() : null,
                    role.isFootprintScoped() ? Set.of(footprint.id()) : Set.of()));
        }
        return accounts;
    }
}
