package uk.send.web.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.CommentStatus;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.EditorEntry;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferComments;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.commissioning.offer.ServiceVersionView;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditEntry;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * A registered provider keeps its own organisation's Local Offer entries on the editor's own pages: it lands on its
 * list with the entries not checked in 12 months flagged, changes an entry (published at once, a version naming it,
 * audited) and marks it as checked; another organisation's entry answers as an unknown one, audited; adding,
 * withdrawing, the editor's list and the comments are never its.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProviderPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LocalOffer offer;
    @Autowired
    OfferComments comments;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;

    private final String word = "pv" + Fixtures.next() + "x";
    private AccountView editorAccount;
    private AccountView providerAccount;
    private AccountView adminAccount;
    private Viewer editor;
    private Viewer admin;
    private Viewer provider;
    private long own;
    private long other;

    @BeforeAll
    void aProviderOfOneOrganisationAndAnotherOrganisation() {
        editorAccount = fixtures.account(Role.LOCAL_OFFER, null, Set.of());
        editor = accounts.viewer(editorAccount.id()).orElseThrow();
        adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        admin = accounts.viewer(adminAccount.id()).orElseThrow();
        providerAccount = fixtures.account(Role.PROVIDER, null, Set.of());
        provider = accounts.viewer(providerAccount.id()).orElseThrow();
        own = organization("Own trust " + word);
        other = organization("Other trust " + word);
        offer.linkProvider(admin, providerAccount, own);
    }

    private long organization(String name) {
        return jdbc.sql("insert into offer_organization (name, description) values (:n, 'A test provider') returning id")
                .param("n", name).query(Long.class).single();
    }

    private long service(long organization, String name) {
        return offer.add(editor, details(organization, name));
    }

    private ServiceDetails details(long organization, String name) {
        return new ServiceDetails(organization, name, "Games and crafts " + word, "Children " + word, "Phone us",
                Category.SHORT_BREAKS, Access.OPEN, Cost.FREE, null, 5, 11, null, Set.of(NeedCode.ASD), "Hub",
                "1 Road", "DM1 1AB", "Saturdays", "01632 960000", "a@example.org", "https://example.org", "Step-free");
    }

    /** The entry form as the provider sends it. */
    private MockHttpServletRequestBuilder change(long id, long organization, String name, int version) {
        return post("/local-offer-editor/services/" + id).with(SignedIn.as(providerAccount)).with(csrf())
                .param("organizationId", String.valueOf(organization)).param("name", name)
                .param("description", "What it is").param("whoFor", "Who").param("howToAccess", "How")
                .param("category", "SHORT_BREAKS").param("access", "OPEN").param("cost", "FREE")
                .param("minAge", "5").param("maxAge", "11").param("version", String.valueOf(version));
    }

    private long refusals(AccountView account) {
        return jdbc.sql("select count(*) from audit_event where actor_id = :user and action = 'ACCESS_DENIED'")
                .param("user", account.id()).query(Long.class).single();
    }

    @Test
    void a_provider_lands_on_its_own_services_with_those_not_checked_in_12_months_flagged() throws Exception {
        String fresh = "Fresh club " + word;
        String stale = "Stale club " + word;
        String theirs = "Their club " + word;
        long freshId = service(own, fresh);
        long staleId = service(own, stale);
        service(other, theirs);
        jdbc.sql("update offer_service set last_checked_on = :checked where id = :id")
                .param("checked", LocalDate.now(ZoneId.of("Europe/London")).minusMonths(13)).param("id", staleId).update();

        mvc.perform(get("/").with(SignedIn.as(providerAccount))).andExpect(redirectedUrl("/provider"));
        String home = mvc.perform(get("/provider").with(SignedIn.as(providerAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(home).contains("Your Local Offer services", "Own trust " + word, fresh, stale,
                "/local-offer-editor/services/" + freshId, "/local-offer-editor/services/" + staleId, "Check due",
                "1 of your services have not been checked in the last 12 months");
        assertThat(home).doesNotContain(theirs, "Other trust " + word, "/local-offer-editor/comments");
        List<EditorEntry> entries = offer.entries(provider, false, PageRequest.of(0, 100)).getContent();
        assertThat(entries).extracting(EditorEntry::organizationName).containsOnly("Own trust " + word);
        // the stale entry first, flagged; the fresh one not
        assertThat(entries.get(0).name()).isEqualTo(stale);
        assertThat(entries.get(0).checkDue()).isTrue();
        assertThat(entries).filteredOn(e -> e.name().equals(fresh)).singleElement()
                .satisfies(e -> assertThat(e.checkDue()).isFalse());
        assertThat(offer.dueForReview(provider)).isEqualTo(1);
    }

    @Test
    void a_providers_change_is_published_at_once_kept_as_a_version_with_its_name_and_audited() throws Exception {
        String name = "Saturday club " + word;
        long id = service(own, name);

        String page = mvc.perform(get("/local-offer-editor/services/" + id).with(SignedIn.as(providerAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name, "What you save is published straight away", "Own trust " + word,
                "/local-offer-editor/services/" + id + "/checked", "href=\"/provider\"");
        assertThat(page).doesNotContain("/withdraw", "Other trust " + word);

        mvc.perform(change(id, own, name + " renamed", 0)).andExpect(redirectedUrl("/local-offer-editor/services/" + id));
        mvc.perform(post("/local-offer-editor/services/" + id + "/checked").with(SignedIn.as(providerAccount))
                .with(csrf()).param("version", "1")).andExpect(redirectedUrl("/local-offer-editor/services/" + id));

        // published at once: the public page reads the change
        String published = mvc.perform(get("/local-offer/services/" + id)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(published).contains(name + " renamed");
        List<ServiceVersionView> versions = offer.versions(editor, id);
        assertThat(versions).extracting(v -> v.change().name()).containsExactly("CHECKED", "CHANGED", "ADDED");
        assertThat(versions).extracting(ServiceVersionView::changedBy)
                .containsExactly(providerAccount.email(), providerAccount.email(), editorAccount.email());
        assertThat(audit.forEntity("offer_service", id)).filteredOn(e -> Long.valueOf(providerAccount.id()).equals(e.actorId()))
                .extracting(e -> e.action().name()).containsExactly("OFFER_SERVICE_CHANGED", "OFFER_SERVICE_CHECKED");
        // the council's editor sees who made the change on the entry's page
        String editorsPage = mvc.perform(get("/local-offer-editor/services/" + id).with(SignedIn.as(editorAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(editorsPage).contains(providerAccount.email(), "/withdraw");
    }

    @Test
    void another_organisations_entry_answers_a_provider_as_an_unknown_one_would_and_each_refusal_is_audited()
            throws Exception {
        String name = "Not theirs " + word;
        long theirs = service(other, name);
        long before = refusals(providerAccount);

        mvc.perform(get("/local-offer-editor/services/" + theirs).with(SignedIn.as(providerAccount)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/local-offer-editor/services/" + theirs + "/versions/0").with(SignedIn.as(providerAccount)))
                .andExpect(status().isNotFound());
        mvc.perform(change(theirs, own, "Taken over", 0)).andExpect(status().isNotFound());
        mvc.perform(change(theirs, other, "Taken over", 0)).andExpect(status().isNotFound());
        mvc.perform(post("/local-offer-editor/services/" + theirs + "/checked").with(SignedIn.as(providerAccount))
                .with(csrf()).param("version", "0")).andExpect(status().isNotFound());

        assertThat(refusals(providerAccount) - before).isEqualTo(5);
        assertThat(audit.forEntity("offer_service", theirs)).extracting(AuditEntry::action)
                .extracting(Enum::name).contains("ACCESS_DENIED").doesNotContain("OFFER_SERVICE_CHANGED",
                        "OFFER_SERVICE_CHECKED");
        assertThat(offer.entry(editor, theirs).name()).isEqualTo(name);
        assertThat(offer.entry(editor, theirs).version()).isZero();
        // an id that names nothing answers the same
        mvc.perform(get("/local-offer-editor/services/987654321").with(SignedIn.as(providerAccount)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_provider_cannot_hand_its_entry_to_another_organisation() throws Exception {
        String name = "Kept " + word;
        long id = service(own, name);

        String page = mvc.perform(change(id, other, name + " moved", 0)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("govuk-error-summary", "Choose a provider from the list", name + " moved");
        assertThat(offer.entry(editor, id).organizationId()).isEqualTo(own);
        assertThat(offer.entry(editor, id).version()).isZero();

        // sent around the form, straight to the Local Offer: refused as unknown, and audited
        long before = refusals(providerAccount);
        assertThatThrownBy(() -> offer.change(provider, id, 0, details(other, name + " moved")))
                .isInstanceOf(NoSuchElementException.class);
        assertThat(refusals(providerAccount)).isEqualTo(before + 1);
        assertThat(offer.entry(editor, id).organizationId()).isEqualTo(own);
    }

    @Test
    void a_provider_never_reaches_the_editors_list_adding_withdrawing_imports_or_the_comments() throws Exception {
        long id = service(own, "Guarded " + word);
        long comment = comments.submit(id, "A comment on the club " + word, "192.0.2.71");

        for (String page : List.of("/local-offer-editor", "/local-offer-editor/comments",
                "/local-offer-editor/comments/" + comment, "/local-offer-editor/services/new",
                "/local-offer-editor/import", "/local-offer-editor/services.csv", "/local-offer-editor/export.csv",
                "/local-offer-editor/pages/SHORT_BREAKS")) {
            mvc.perform(get(page).with(SignedIn.as(providerAccount))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/local-offer-editor/services/" + id + "/withdraw").with(SignedIn.as(providerAccount))
                .with(csrf()).param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(post("/local-offer-editor/comments/" + comment).with(SignedIn.as(providerAccount)).with(csrf())
                .param("publishedText", "Published").param("response", "Answered")).andExpect(status().isForbidden());

        assertThat(offer.entry(editor, id).active()).isTrue();
        assertThat(comments.comment(editor, comment).status()).isEqualTo(CommentStatus.RECEIVED);
        assertThatThrownBy(() -> offer.withdraw(provider, id, 0)).isInstanceOf(NotInScopeException.class);
        assertThatThrownBy(() -> offer.add(provider, details(own, "Added " + word)))
                .isInstanceOf(NotInScopeException.class);
        assertThatThrownBy(() -> comments.queue(provider, CommentStatus.RECEIVED, PageRequest.of(0, 10)))
                .isInstanceOf(NotInScopeException.class);
    }

    @Test
    void the_providers_home_is_the_providers_only_and_an_account_not_yet_linked_keeps_nothing() throws Exception {
        for (Role role : List.of(Role.LOCAL_OFFER, Role.ADMIN, Role.CASEWORKER, Role.PARENT, Role.OUTREACH)) {
            AccountView someone = fixtures.account(role, role.isSettingScoped() ? fixtures.school(fixtures.footprint()).id()
                    : null, role.isFootprintScoped() ? Set.of(fixtures.footprint().id()) : Set.of());
            mvc.perform(get("/provider").with(SignedIn.as(someone))).andExpect(status().isForbidden());
        }
        AccountView unlinked = fixtures.account(Role.PROVIDER, null, Set.of());
        long id = service(own, "Someone else's " + word);

        String home = mvc.perform(get("/provider").with(SignedIn.as(unlinked))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("does not keep any organisation").doesNotContain("/local-offer-editor/services/");
        mvc.perform(get("/local-offer-editor/services/" + id).with(SignedIn.as(unlinked)))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_an_administrator_links_an_account_to_an_organisation_and_only_a_providers_account() {
        assertThatThrownBy(() -> offer.linkProvider(editor, providerAccount, own)).isInstanceOf(NotInScopeException.class);
        assertThatThrownBy(() -> offer.linkProvider(admin, editorAccount, own))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> offer.linkProvider(admin, providerAccount, 987654321L))
                .isInstanceOf(NoSuchElementException.class);
        // linking again changes nothing
        offer.linkProvider(admin, providerAccount, own);
        assertThat(offer.organizationsFor(provider)).extracting(o -> o.id()).containsExactly(own);
    }

    @Test
    void an_administrator_links_a_providers_account_to_an_organisation_and_takes_it_away_again() throws Exception {
        AccountView newcomer = fixtures.account(Role.PROVIDER, null, Set.of());
        long theirs = service(other, "Linked later " + word);
        String page = "/admin/users/" + newcomer.id() + "/organisations";

        assertThat(mvc.perform(get(page).with(SignedIn.as(adminAccount))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("None yet", "Other trust " + word);
        mvc.perform(get("/admin/users/" + newcomer.id()).with(SignedIn.as(adminAccount)))
                .andExpect(status().isOk()).andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains(page));
        mvc.perform(post(page).with(SignedIn.as(adminAccount)).with(csrf()).param("organizationId", String.valueOf(other)))
                .andExpect(redirectedUrl(page));
        mvc.perform(get("/local-offer-editor/services/" + theirs).with(SignedIn.as(newcomer))).andExpect(status().isOk());

        mvc.perform(post(page + "/" + other + "/remove").with(SignedIn.as(adminAccount)).with(csrf()))
                .andExpect(redirectedUrl(page));
        // at once: the next request is refused the entry
        mvc.perform(get("/local-offer-editor/services/" + theirs).with(SignedIn.as(newcomer))).andExpect(status().isNotFound());
        assertThat(audit.forEntity("USER", newcomer.id())).extracting(e -> e.action().name())
                .containsSubsequence("USER_UPDATED", "USER_UPDATED");

        // an organisation that is not there, or not a number: the form again with its error
        for (String bad : List.of("987654321", "BOGUS", "")) {
            assertThat(mvc.perform(post(page).with(SignedIn.as(adminAccount)).with(csrf()).param("organizationId", bad))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString())
                    .contains("govuk-error-summary", "#organizationId");
        }
        // only a provider's account has organisations; only an administrator links them
        mvc.perform(get("/admin/users/" + editorAccount.id() + "/organisations").with(SignedIn.as(adminAccount)))
                .andExpect(status().isNotFound());
        mvc.perform(get(page).with(SignedIn.as(providerAccount))).andExpect(status().isForbidden());
        mvc.perform(post(page).with(SignedIn.as(providerAccount)).with(csrf()).param("organizationId", String.valueOf(other)))
                .andExpect(status().isForbidden());
        assertThat(offer.organizationsKeptBy(admin, newcomer)).isEmpty();
    }
}
