package uk.send.web.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The service navigation and the "signed in as" of the layout, read by the templates as
 * {@code ${@navigation.items()}} and {@code ${@navigation.signedInAs()}}.
 *
 * <p>Why not {@code sec:authorize} in the template: the Spring Security dialect parses and evaluates a SpEL
 * access expression for every attribute, on every page (eleven of them in the navigation alone), which a
 * Flight Recorder profile at {@code large-la} scale put at about a tenth of a page's rendering (session 30,
 * docs/performance.md). The items depend only on the person's roles, so they are worked out once per set of
 * roles. The same rule as {@code isAuthenticated()}: nobody signed in, or the anonymous user, sees no navigation.
 */
@Component("navigation")
public class Navigation {

    /** One link: where it goes and the message key of its words. */
    public record Item(String href, String label) {
    }

    /** Which role sees which links, in the order they are shown. */
    private static final Map<String, List<Item>> BY_ROLE = new LinkedHashMap<>();

    static {
        BY_ROLE.put("ROLE_CASEWORKER", List.of(new Item("/caseworker", "nav.caseworker.home"),
                new Item("/caseworker/children", "nav.caseworker.children")));
        BY_ROLE.put("ROLE_SENCO", List.of(new Item("/school", "nav.school.home")));
        BY_ROLE.put("ROLE_PARENT", List.of(new Item("/parent", "nav.parent.home")));
        BY_ROLE.put("ROLE_YOUNG_PERSON", List.of(new Item("/parent", "nav.youngPerson.home")));
        BY_ROLE.put("ROLE_COMMISSIONER", List.of(new Item("/commissioner", "nav.commissioner.home")));
        BY_ROLE.put("ROLE_PANEL", List.of(new Item("/panel", "nav.panel.home")));
        BY_ROLE.put("ROLE_OUTREACH", List.of(new Item("/outreach", "nav.outreach.home")));
        BY_ROLE.put("ROLE_ADVISER", List.of(new Item("/adviser", "nav.adviser.home")));
        BY_ROLE.put("ROLE_LOCAL_OFFER", List.of(new Item("/local-offer-editor", "nav.offer.home"),
                new Item("/local-offer-editor/comments", "nav.offer.comments"),
                new Item("/local-offer", "nav.offer.public")));
        BY_ROLE.put("ROLE_PROVIDER", List.of(new Item("/provider", "nav.provider.home"),
                new Item("/local-offer", "nav.offer.public")));
        BY_ROLE.put("ROLE_ADMIN", List.of(new Item("/admin", "nav.admin.home"),
                new Item("/admin/users", "nav.admin.users"),
                new Item("/admin/footprints", "nav.admin.footprints"),
                new Item("/admin/settings", "nav.admin.settings"),
                new Item("/admin/children", "nav.admin.children"),
                new Item("/admin/audit", "nav.admin.audit"),
                new Item("/local-offer-editor", "nav.offer.home")));
    }

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();
    private final Map<Set<String>, List<Item>> byAuthorities = new ConcurrentHashMap<>();

    /** The links of the signed-in person (a link two of their roles share, once); null when nobody is signed in. */
    public List<Item> items() {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return null;
        }
        Set<String> authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
        return byAuthorities.computeIfAbsent(authorities, Navigation::itemsFor);
    }

    /** The signed-in person's user name, or null. */
    public String signedInAs() {
        Authentication authentication = signedIn();
        return authentication == null ? null : authentication.getName();
    }

    /**
     * Whether the signed-in person has one of these roles (names without {@code ROLE_}): what
     * {@code #authorization.expression('hasAnyRole(...)')} answered, without parsing an expression per page.
     */
    public boolean has(String... roles) {
        Authentication authentication = signedIn();
        if (authentication == null) {
            return false;
        }
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            for (String role : roles) {
                if (authority.getAuthority().equals("ROLE_" + role)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<Item> itemsFor(Set<String> authorities) {
        List<Item> items = new ArrayList<>();
        BY_ROLE.forEach((role, links) -> {
            if (authorities.contains(role)) {
                links.stream().filter(link -> items.stream().noneMatch(i -> i.href().equals(link.href())))
                        .forEach(items::add);
            }
        });
        return List.copyOf(items);
    }

    private Authentication signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && !trust.isAnonymous(authentication) && authentication.isAuthenticated()
                ? authentication : null;
    }
}
