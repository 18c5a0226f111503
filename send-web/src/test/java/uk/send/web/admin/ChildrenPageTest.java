package uk.send.web.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.ChildRecord;
import uk.send.domain.testing.Fixtures;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.FootprintView;

class ChildrenPageTest extends AdminPageTest {

    @Autowired
    ChildDirectory directory;
    @Autowired
    Fixtures fixtures;
    /** A child with one carer, not linked to any account. */
    private long childWithCarer(String familyName) {
        return fixtures.childWithCarer(footprint(), familyName);
    }

    private ChildRecord record(long childId) {
        return directory.view(accounts.viewer(account(Role.ADMIN, null, Set.of()).id()).orElseThrow(), childId);
    }

    @Test
    void the_children_search_finds_a_child_and_links_to_the_admin_record() throws Exception {
        String familyName = unique("Searchable");
        long childId = childWithCarer(familyName);

        String html = mvc.perform(get("/admin/children").param("q", familyName).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("<title>Children and their parents – SEND service</title>", familyName,
                "/admin/children/" + childId);
    }

    @Test
    void the_child_page_shows_the_carers_and_the_forms() throws Exception {
        String familyName = unique("Shown");
        long childId = childWithCarer(familyName);
        AccountView parent = account(Role.PARENT, null, Set.of());

        String html = mvc.perform(get("/admin/children/" + childId).with(admin()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(html).contains("Sam " + familyName, "Mother", "Not linked", parent.email(),
                "/carers/", "/link", "Add a parent or carer", "id=\"givenName\"", "id=\"parentalResponsibility\"");
    }

    @Test
    void a_carer_is_linked_to_a_parent_account_and_unlinked_again() throws Exception {
        long childId = childWithCarer(unique("Linked"));
        long carerId = record(childId).carers().get(0).id();
        AccountView parent = account(Role.PARENT, null, Set.of());

        mvc.perform(post("/admin/children/" + childId + "/carers/" + carerId + "/link").with(admin()).with(csrf())
                        .param("linkAccountId", String.valueOf(parent.id())))
                .andExpect(redirectedUrl("/admin/children/" + childId))
                .andExpect(flash().attributeExists("notice"));
        assertThat(record(childId).carers().get(0).accountId()).isEqualTo(parent.id());
        String parentsView = mvc.perform(get("/children/" + childId).with(as(parent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(parentsView).contains("Parents and carers", "Mother").doesNotContain("Parent account", "Unlink");

        mvc.perform(post("/admin/children/" + childId + "/carers/" + carerId + "/unlink").with(admin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/children/" + childId));
        assertThat(record(childId).carers().get(0).accountId()).isNull();
    }

    @Test
    void linking_needs_a_parent_account() throws Exception {
        long childId = childWithCarer(unique("NoChoice"));
        long carerId = record(childId).carers().get(0).id();
        AccountView commissioner = account(Role.COMMISSIONER, null, Set.of());

        String html = mvc.perform(post("/admin/children/" + childId + "/carers/" + carerId + "/link").with(admin()).with(csrf())
                        .param("linkAccountId", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertOneHeading(html);
        assertThat(errorSummary(html)).contains("href=\"#linkAccountId\"", "Choose the parent account to link");
        assertThat(html).contains("id=\"linkAccountId\"", "govuk-select--error");

        String notParent = mvc.perform(post("/admin/children/" + childId + "/carers/" + carerId + "/link").with(admin()).with(csrf())
                        .param("linkAccountId", String.valueOf(commissioner.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorSummary(notParent)).contains("Choose a parent’s account");
        assertThat(record(childId).carers().get(0).accountId()).isNull();
    }

    @Test
    void a_parent_or_carer_is_added_with_a_linked_account() throws Exception {
        long childId = childWithCarer(unique("Added"));
        AccountView parent = account(Role.PARENT, null, Set.of());

        mvc.perform(post("/admin/children/" + childId + "/carers").with(admin()).with(csrf())
                        .param("givenName", "Jo").param("familyName", "Added")
                        .param("relationship", "FATHER").param("parentalResponsibility", "true")
                        .param("email", "jo@example.test").param("phone", "01234 567890")
                        .param("accountId", String.valueOf(parent.id())))
                .andExpect(redirectedUrl("/admin/children/" + childId))
                .andExpect(flash().attributeExists("notice"));

        ChildRecord.CarerView added = record(childId).carers().get(1);
        assertThat(added.fullName()).isEqualTo("Jo Added");
        assertThat(added.relationship()).isEqualTo(Relationship.FATHER);
        assertThat(added.parentalResponsibility()).isTrue();
        assertThat(added.accountId()).isEqualTo(parent.id());
    }

    @Test
    void a_carer_with_problems_comes_back_with_errors_and_what_was_typed() throws Exception {
        long childId = childWithCarer(unique("Problems"));

        String html = mvc.perform(post("/admin/children/" + childId + "/carers").with(admin()).with(csrf())
                        .param("givenName", "Typed Given").param("familyName", "")
                        .param("email", "not an email").param("phone", "call me"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertOneHeading(html);
        assertThat(errorSummary(html)).contains("href=\"#familyName\"", "Enter their family name",
                "href=\"#relationship\"", "href=\"#parentalResponsibility\"", "href=\"#email\"",
                "Enter an email address in the correct format", "href=\"#phone\"");
        assertThat(html).contains("value=\"Typed Given\"", "value=\"not an email\"", "value=\"call me\"");
        assertThat(record(childId).carers()).hasSize(1);
    }

    @Test
    void an_unknown_child_is_not_found() throws Exception {
        mvc.perform(get("/admin/children/999999999").with(admin())).andExpect(status().isNotFound());
    }
}
