package uk.send.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;

/**
 * The route × role matrix, generated from the application's own request mappings rather than a list
 * kept by hand: every mapped address must have an entry in {@link Routes} (a new page without one fails
 * the build), and every address answers each role, and a visitor who has not signed in, as its entry says —
 * the security configuration lets through exactly the roles the entry lists, a role it does not list gets
 * 403 for GET and POST alike, and no address gives a server error for an id no one can see (a role the
 * entry lists may still get 403 there: the record is outside its scope, which is a later, audited check).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryMappedRouteTest {

    private static final AntPathMatcher MATCHER = new AntPathMatcher();

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    SecurityFilterChain securityFilterChain;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Role, AccountView> accounts = new EnumMap<>(Role.class);

    @BeforeAll
    void oneAccountPerRole() {
        accounts.putAll(SignedIn.oneAccountPerRole(fixtures));
    }

    /** One mapped address with its methods, its path variables filled in with an id no one can see. */
    record Mapped(String pattern, String path, Set<RequestMethod> methods) {
        boolean answers(RequestMethod method) {
            return methods.isEmpty() || methods.contains(method);
        }
    }

    /** Who the table says may use a path: empty for public, null for any signed-in person. */
    static Optional<List<Role>> expected(String path) {
        if (Routes.PUBLIC.stream().anyMatch(p -> MATCHER.match(p, path))) {
            return Optional.of(List.of());
        }
        for (Routes.Route route : Routes.ROLE_ROUTES) {
            if (MATCHER.match(route.pattern(), path)) {
                return Optional.of(route.roles());
            }
        }
        if (Routes.ANY_SIGNED_IN.stream().anyMatch(p -> MATCHER.match(p, path))) {
            return Optional.of(List.of(Role.values()));
        }
        return Optional.empty();
    }

    List<Mapped> mapped() {
        List<Mapped> all = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                String path = pattern.replaceAll("\\{[^}]*}", "999999");
                all.add(new Mapped(pattern, path, methods));
            }
        }
        return all;
    }

    @Test
    void every_mapped_address_has_an_entry_in_the_table_of_routes() {
        Set<String> missing = new TreeSet<>();
        for (Mapped route : mapped()) {
            if (expected(route.path()).isEmpty()) {
                missing.add(route.pattern());
            }
        }
        assertThat(missing).as("addresses with no entry in Routes (they would be refused to everyone)").isEmpty();
        assertThat(mapped()).hasSizeGreaterThan(40);
    }

    @Test
    void every_mapped_address_answers_each_role_as_the_table_says() throws Exception {
        List<String> wrong = new ArrayList<>();
        int requests = 0;
        for (Mapped route : mapped()) {
            Optional<List<Role>> allowed = expected(route.path());
            if (allowed.isEmpty()) {
                continue;
            }
            boolean isPublic = allowed.get().isEmpty();
            if (route.answers(RequestMethod.GET)) {
                MockHttpServletResponse anonymous = send(get(route.path()));
                requests++;
                if (!isPublic && !"/login".equals(anonymous.getRedirectedUrl())) {
                    wrong.add("anonymous GET " + route.pattern() + " → " + anonymous.getStatus() + ", not sent to sign in");
                }
            }
            if (isPublic) {
                continue;
            }
            for (Role role : Role.values()) {
                boolean may = allowed.get().contains(role);
                if (letsThrough(route.path(), role) != may) {
                    wrong.add(role + " " + route.pattern() + ": security lets through " + !may + ", table says " + may);
                }
                for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
                    // a role the route lists is only asked to read: a POST that it may make would change data
                    if (!route.answers(method) || (may && method == RequestMethod.POST)) {
                        continue;
                    }
                    MockHttpServletRequestBuilder request = method == RequestMethod.GET
                            ? get(route.path()) : post(route.path()).with(csrf());
                    MockHttpServletResponse response = send(request.with(SignedIn.as(accounts.get(role))));
                    requests++;
                    int status = response.getStatus();
                    if (!may && status != 403) {
                        wrong.add(role + " " + method + " " + route.pattern() + " → " + status + ", expected 403");
                    } else if (may && status >= 500) {
                        wrong.add(role + " " + method + " " + route.pattern() + " → " + status);
                    }
                }
            }
        }
        assertThat(wrong).as("answers that differ from the table of routes").isEmpty();
        assertThat(requests).isGreaterThan(200);
    }

    /** What the security configuration's own authorisation rules decide for this role at this address. */
    private boolean letsThrough(String path, Role role) {
        SendUser user = SignedIn.user(accounts.get(role));
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        AuthorizationManager<jakarta.servlet.http.HttpServletRequest> rules = securityFilterChain.getFilters().stream()
                .filter(AuthorizationFilter.class::isInstance).map(AuthorizationFilter.class::cast)
                .findFirst().orElseThrow().getAuthorizationManager();
        var result = rules.authorize(() -> authentication, new MockHttpServletRequest("GET", path));
        return result != null && result.isGranted();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (Exception e) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(599);
            return failed;
        }
    }
}
