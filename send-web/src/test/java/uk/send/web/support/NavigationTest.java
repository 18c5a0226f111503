package uk.send.web.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The service navigation and "signed in as" come from {@link Navigation} (worked out once per set of roles), not
 * from {@code sec:authorize} per link: each role sees its own links, the page it is on marked, and nobody signed
 * in sees neither.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Test
    void a_caseworker_sees_their_two_links_with_the_page_they_are_on_marked_and_their_name() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()));
        String page = mvc.perform(get("/caseworker").with(SignedIn.as(caseworker))).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).containsPattern("govuk-service-navigation__item govuk-service-navigation__item--active\">\\s*"
                        + "<a class=\"govuk-service-navigation__link\" href=\"/caseworker\" aria-current=\"page\">")
                .contains("href=\"/caseworker/children\"")
                .doesNotContain("href=\"/admin/users\"")
                .contains("<span class=\"council-header__user\">" + caseworker.email() + "</span>");
    }

    @Test
    void each_role_gets_the_links_the_template_gave_it() {
        Map<Role, String> firstLink = Map.of(Role.PARENT, "/parent", Role.YOUNG_PERSON, "/parent",
                Role.SENCO, "/school", Role.ADMIN, "/admin", Role.LOCAL_OFFER, "/local-offer-editor",
                Role.PROVIDER, "/provider", Role.ADVISER, "/adviser", Role.OUTREACH, "/outreach",
                Role.PANEL, "/panel", Role.COMMISSIONER, "/commissioner");
        firstLink.forEach((role, href) -> assertThat(Navigation.itemsFor(Set.of("ROLE_" + role.name())).get(0).href())
                .as(role.name()).isEqualTo(href));
        assertThat(Navigation.itemsFor(Set.of("ROLE_ADMIN"))).hasSize(7);
        // a link two roles share is shown once
        assertThat(Navigation.itemsFor(Set.of("ROLE_ADMIN", "ROLE_LOCAL_OFFER"))).extracting(Navigation.Item::href)
                .doesNotHaveDuplicates();
    }

    @Test
    void nobody_signed_in_sees_no_navigation_and_no_sign_out() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain("govuk-service-navigation").doesNotContain("council-header__user");
    }
}
