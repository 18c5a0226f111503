package uk.send.web.security;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/**
 * Every role against every role's home: the one it owns answers 200, every other is refused with 403;
 * a visitor who has not signed in is sent to sign in; a URL no route lists is refused to everyone.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteRoleMatrixTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    final Map<Role, AccountView> accounts = new EnumMap<>(Role.class);

    @BeforeAll
    void oneAccountPerRole() {
        accounts.putAll(SignedIn.oneAccountPerRole(fixtures));
    }

    static Stream<Arguments> everyRoleAgainstEveryHome() {
        return Stream.of(Role.values()).flatMap(viewer -> Stream.of(Role.values())
                .map(owner -> Arguments.of(viewer, owner.homePath(), viewer == owner || sharesHome(viewer, owner))));
    }

    /**
     * An administrator also edits the Local Offer, so the Local Offer editor's home is theirs too; a parent and a
     * young person share the family's home.
     */
    private static boolean sharesHome(Role viewer, Role owner) {
        return owner == Role.LOCAL_OFFER && viewer == Role.ADMIN
                // a young person uses the family's pages, scoped to their own record
                || owner.isFamily() && viewer.isFamily();
    }

    @ParameterizedTest(name = "{0} on {1}: allowed={2}")
    @MethodSource("everyRoleAgainstEveryHome")
    void each_home_answers_its_own_role_and_refuses_every_other(Role viewer, String path, boolean allowed) throws Exception {
        mvc.perform(get(path).with(SignedIn.as(accounts.get(viewer))))
                .andExpect(allowed ? status().isOk() : status().isForbidden());
    }

    @ParameterizedTest(name = "{0} lands on its home")
    @MethodSource("roles")
    void the_root_sends_each_role_to_its_home(Role role) throws Exception {
        mvc.perform(get("/").with(SignedIn.as(accounts.get(role))))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(role.homePath()));
    }

    static Stream<Role> roles() {
        return Stream.of(Role.values());
    }

    @ParameterizedTest(name = "anonymous on {0}")
    @MethodSource("protectedPaths")
    void a_visitor_who_has_not_signed_in_is_sent_to_sign_in(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    static Stream<String> protectedPaths() {
        return Stream.concat(Stream.of(Role.values()).map(Role::homePath),
                Stream.of("/", "/children/1", "/admin/users", "/actuator/prometheus"));
    }

    @Test
    void a_url_no_route_lists_is_refused_even_to_an_administrator() throws Exception {
        mvc.perform(get("/not-a-listed-route").with(SignedIn.as(accounts.get(Role.ADMIN))))
                .andExpect(status().isForbidden());
    }

    @Test
    void metrics_are_for_administrators_only() throws Exception {
        mvc.perform(get("/actuator/prometheus").with(SignedIn.as(accounts.get(Role.CASEWORKER))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(SignedIn.as(accounts.get(Role.ADMIN))))
                .andExpect(status().isOk());
    }

    @Test
    void public_routes_need_no_sign_in() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/css/application.css")).andExpect(status().isOk());
        mvc.perform(get("/local-offer")).andExpect(status().isOk());
    }

    @Test
    void every_role_route_in_the_table_is_refused_to_a_role_it_does_not_list() throws Exception {
        for (Routes.Route route : Routes.ROLE_ROUTES) {
            String path = route.pattern().replace("/**", "");
            for (Role role : Role.values()) {
                if (!route.roles().contains(role)) {
                    mvc.perform(get(path).with(SignedIn.as(accounts.get(role))))
                            .andExpect(status().isForbidden());
                }
            }
        }
    }
}
