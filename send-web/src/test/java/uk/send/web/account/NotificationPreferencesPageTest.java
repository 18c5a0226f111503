package uk.send.web.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.notifications.NoticeKind;
import uk.send.domain.notifications.NoticePreference;
import uk.send.domain.notifications.NotificationPreferences;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * A family's choice of emails: their own account only (no id in the address), the statutory notices shown as
 * always sent, a tampered choice a field error on the same page, other roles refused; linked from their home.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NotificationPreferencesPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    NotificationPreferences preferences;

    boolean on(AccountView account, NoticeKind kind) {
        return preferences.of(account.id()).stream().filter(p -> p.kind() == kind).map(NoticePreference::emailOn)
                .findFirst().orElseThrow();
    }

    @Test
    void a_parent_sees_every_kind_on_by_default_with_the_statutory_ones_always_sent_and_a_link_from_home() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());

        String page = mvc.perform(get("/account/notifications").with(SignedIn.as(parent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Always sent").contains("The final plan has been issued")
                .contains("value=\"REVIEW_DUE\"").contains("value=\"DEADLINE_REMINDER\"")
                .doesNotContain("value=\"FINAL_PLAN\"").doesNotContain("value=\"ASSESSMENT_DECISION\"");
        assertThat(page.split("checked=\"checked\"", -1)).as("the four optional kinds ticked").hasSize(4);
        mvc.perform(get("/parent").with(SignedIn.as(parent)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("href=\"/account/notifications\"")));
    }

    @Test
    void unticking_a_kind_turns_it_off_for_this_account_only_and_statutory_kinds_cannot_be_turned_off() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());
        AccountView other = fixtures.account(Role.PARENT, null, Set.of());

        mvc.perform(post("/account/notifications").with(SignedIn.as(parent)).with(csrf())
                        .param("emailOn", "REVIEW_DUE"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/account/notifications"));

        assertThat(on(parent, NoticeKind.REVIEW_DUE)).isTrue();
        assertThat(on(parent, NoticeKind.REQUEST_RECEIVED)).isFalse();
        assertThat(on(parent, NoticeKind.DEADLINE_REMINDER)).isFalse();
        assertThat(on(parent, NoticeKind.FINAL_PLAN)).isTrue();
        assertThat(on(other, NoticeKind.REQUEST_RECEIVED)).as("another account").isTrue();

        String page = mvc.perform(get("/account/notifications").with(SignedIn.as(parent)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.split("checked=\"checked\"", -1)).as("only the one kind still ticked").hasSize(2);
    }

    @Test
    void an_unknown_choice_is_a_field_error_on_the_same_page_and_changes_nothing() throws Exception {
        AccountView parent = fixtures.account(Role.PARENT, null, Set.of());

        String page = mvc.perform(post("/account/notifications").with(SignedIn.as(parent)).with(csrf())
                        .param("emailOn", "REVIEW_DUE").param("emailOn", "NOT_A_KIND"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("govuk-error-summary").contains("href=\"#emailOn\"");
        assertThat(on(parent, NoticeKind.REQUEST_RECEIVED)).isTrue();
    }

    @Test
    void staff_roles_are_refused() throws Exception {
        for (Role role : Set.of(Role.CASEWORKER, Role.ADMIN, Role.COMMISSIONER, Role.ADVISER)) {
            AccountView staff = fixtures.account(role, null,
                    role.isFootprintScoped() ? Set.of(fixtures.footprint().id()) : Set.of());
            mvc.perform(get("/account/notifications").with(SignedIn.as(staff))).andExpect(status().isForbidden());
            mvc.perform(post("/account/notifications").with(SignedIn.as(staff)).with(csrf()).param("emailOn", "REVIEW_DUE"))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/account/notifications")).andExpect(status().is3xxRedirection());
    }
}
