package uk.send.web.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferPageKind;
import uk.send.commissioning.offer.OfferPages;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.web.security.SignedIn;

/**
 * The Local Offer editor's data in and out and the council's own pages: an Open Referral UK file (as the API
 * gives it, so a round trip) previewed then imported as versions and audited, bad files refused on the form, the
 * directory as CSV; the short breaks and personal budgets pages edited as versions, shown as text, linked.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OfferImportAndPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    LocalOffer offer;
    @Autowired
    OfferPages pages;
    @Autowired
    uk.send.commissioning.offer.OfferComments comments;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    private AccountView editorAccount;
    private Viewer editor;
    private final String word = "imp" + Fixtures.next() + "q";
    private long existing;

    @BeforeAll
    void anEditorAndAnEntry() {
        editorAccount = fixtures.account(Role.LOCAL_OFFER, null, Set.of());
        editor = accounts.viewer(editorAccount.id()).orElseThrow();
        long organization = jdbc.sql("insert into offer_organization (name, description) values (:n, 'Ours') returning id")
                .param("n", "Home org " + word).query(Long.class).single();
        existing = offer.add(editor, new ServiceDetails(organization, "Existing " + word, "Old text", "Children", "Ring",
                Category.LEISURE, Access.OPEN, Cost.FREE, null, 4, 12, null, Set.of(), null, null, null, null, null, null,
                null, null));
    }

    private MockMultipartFile file(String json) {
        return new MockMultipartFile("file", "directory.json", "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private String importFile() {
        // our own service as the API gives it (changed), and another directory's service with its own taxonomy
        return """
                {"total_items": 2, "contents": [
                  {"id": "%s", "name": "Existing %s", "description": "New text", "status": "active",
                   "url": "https://example.org/existing", "organization": {"name": "Home org %s", "description": "Ours"},
                   "minimum_age": 4, "maximum_age": 12,
                   "attributes": [{"taxonomy_term": {"taxonomy": "local-offer-category", "code": "LEISURE"}}]},
                  {"id": "b0a1c2d3-1111-4222-8333-944455566677", "name": "Sensory play %s",
                   "description": "Messy play for under fives", "status": "active", "url": "https://example.org/play",
                   "eligibility_description": "Under fives with SEND", "minimum_age": 0, "maximum_age": 40,
                   "organization": {"name": "Elsewhere %s", "description": "A charity"},
                   "service_at_locations": [{"location": {"name": "Family hub",
                       "addresses": [{"address_1": "2 Lane", "city": "Demo", "postal_code": "DM2 2AB"}]}}],
                   "attributes": [{"taxonomy_term": {"taxonomy": "Elsewhere", "term": "Short breaks"}},
                                  {"taxonomy_term": {"taxonomy": "send-need", "code": "SLCN"}}]}
                ]}""".formatted(OpenReferralController.uuid("service", existing), word, word, word, word);
    }

    @Test
    void a_file_is_previewed_then_imported_as_versions_and_audited() throws Exception {
        var preview = mvc.perform(multipart("/local-offer-editor/import").file(file(importFile()))
                        .param("category", "ADVICE_AND_SUPPORT").param("access", "REFERRAL")
                        .with(SignedIn.as(editorAccount)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("adding", 1L))
                .andExpect(model().attribute("changing", 1L))
                .andExpect(model().attribute("newOrganizations", 1L))
                .andExpect(content().string(containsString("Sensory play " + word)))
                .andReturn();
        // nothing has changed yet
        assertThat(offer.entry(editor, existing).description()).isEqualTo("Old text");
        String token = (String) preview.getModelAndView().getModel().get("token");
        // the file waits in the editor's session (Spring Session, found by its cookie)
        jakarta.servlet.http.Cookie session = preview.getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        mvc.perform(post("/local-offer-editor/import/apply").param("token", "wrong").cookie(session)
                        .with(SignedIn.as(editorAccount)).with(csrf()))
                .andExpect(redirectedUrl("/local-offer-editor/import"));
        assertThat(offer.entry(editor, existing).description()).isEqualTo("Old text");
        mvc.perform(post("/local-offer-editor/import/apply").param("token", token).cookie(session)
                        .with(SignedIn.as(editorAccount)).with(csrf()))
                .andExpect(redirectedUrl("/local-offer-editor"));
        assertThat(offer.entry(editor, existing).description()).isEqualTo("New text");
        assertThat(offer.versions(editor, existing)).hasSize(2);
        Long added = jdbc.sql("select id from offer_service where name = :n").param("n", "Sensory play " + word)
                .query(Long.class).single();
        var play = offer.entry(editor, added);
        assertThat(play.category()).isEqualTo(Category.SHORT_BREAKS);
        assertThat(play.access()).isEqualTo(Access.REFERRAL);
        assertThat(play.maxAge()).isEqualTo(25);
        assertThat(play.needs()).containsExactly(NeedCode.SLCN);
        assertThat(play.postcode()).isEqualTo("DM2 2AB");
        assertThat(play.organizationName()).isEqualTo("Elsewhere " + word);
        assertThat(offer.versions(editor, added)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'OFFER_IMPORTED' and actor = :e")
                .param("e", editorAccount.email()).query(Long.class).single()).isEqualTo(1);
        // the same token does not import twice
        mvc.perform(post("/local-offer-editor/import/apply").param("token", token).cookie(session)
                        .with(SignedIn.as(editorAccount)).with(csrf()))
                .andExpect(redirectedUrl("/local-offer-editor/import"));
        assertThat(offer.versions(editor, existing)).hasSize(2);
    }

    @Test
    void a_bad_file_is_a_form_error_with_the_choices_kept() throws Exception {
        for (String bad : List.of("", "not json", "{\"foo\": 1}", "[]",
                "[{\"name\": \"No description " + word + "\", \"organization\": {\"name\": \"X\"}}]",
                "[{\"name\": \"Bad age\", \"description\": \"d\", \"minimum_age\": \"old\", \"organization\": {\"name\": \"X\"}}]",
                "[{\"name\": \"Ctl\u0007\", \"description\": \"d\", \"organization\": {\"name\": \"X\"}}]",
                "[{\"name\": \"" + "x".repeat(201) + "\", \"description\": \"d\", \"organization\": {\"name\": \"X\"}}]")) {
            mvc.perform(multipart("/local-offer-editor/import").file(file(bad)).param("category", "HEALTH")
                            .param("access", "ASSESSED").with(SignedIn.as(editorAccount)).with(csrf()))
                    .andExpect(status().isOk())
                    .andExpect(model().attributeHasFieldErrors("offerImportForm", "file"))
                    .andExpect(content().string(containsString("govuk-error-summary")))
                    .andExpect(result -> assertThat(((OfferImportForm) result.getModelAndView().getModel()
                            .get("offerImportForm")).category()).isEqualTo(Category.HEALTH));
        }
        mvc.perform(multipart("/local-offer-editor/import").param("category", "NOT_ONE").param("access", "OPEN")
                        .with(SignedIn.as(editorAccount)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("offerImportForm", "file", "category"));
        assertThat(jdbc.sql("select count(*) from offer_service where name like :n").param("n", "No description " + word + "%")
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_directory_exports_as_csv_for_editors_only() throws Exception {
        String csv = mvc.perform(get("/local-offer-editor/export.csv").with(SignedIn.as(editorAccount)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith(OfferImportController.CSV_HEADER + "\r\n");
        assertThat(csv).contains(OpenReferralController.uuid("service", existing));
        mvc.perform(get("/local-offer-editor/export.csv").with(SignedIn.as(fixtures.account(Role.PARENT, null, Set.of()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/local-offer-editor/import").with(SignedIn.as(fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id())))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_councils_pages_are_edited_as_versions_and_shown_as_text() throws Exception {
        int version = pages.page(OfferPageKind.PERSONAL_BUDGETS).version();
        mvc.perform(post("/local-offer-editor/pages/PERSONAL_BUDGETS").with(SignedIn.as(editorAccount)).with(csrf())
                        .param("version", String.valueOf(version)).param("title", "Personal budgets " + word)
                        .param("body", "Intro <script>alert(1)</script>\n\n## How to ask\nAsk your caseworker."))
                .andExpect(redirectedUrl("/local-offer-editor/pages/PERSONAL_BUDGETS"));
        mvc.perform(get("/local-offer/personal-budgets"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Personal budgets " + word)))
                .andExpect(content().string(containsString("<h2 class=\"govuk-heading-m\">How to ask</h2>")))
                .andExpect(content().string(containsString("Intro &lt;script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        assertThat(pages.versions(editor, OfferPageKind.PERSONAL_BUDGETS)).first()
                .satisfies(v -> assertThat(v.version()).isEqualTo(version + 1));
        // a stale form is a conflict, never an overwrite; a blank or control-character text a field error
        mvc.perform(post("/local-offer-editor/pages/PERSONAL_BUDGETS").with(SignedIn.as(editorAccount)).with(csrf())
                        .param("version", String.valueOf(version)).param("title", "Stale").param("body", "Stale"))
                .andExpect(status().isConflict());
        mvc.perform(post("/local-offer-editor/pages/PERSONAL_BUDGETS").with(SignedIn.as(editorAccount)).with(csrf())
                        .param("version", String.valueOf(version + 1)).param("title", "T\u0001").param("body", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("offerPageForm", "title", "body"))
                .andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(get("/local-offer-editor/pages/NOT_A_PAGE").with(SignedIn.as(editorAccount))).andExpect(status().isNotFound());
        mvc.perform(post("/local-offer-editor/pages/SHORT_BREAKS").with(csrf())
                        .with(SignedIn.as(fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()))))
                        .param("version", "0").param("title", "x").param("body", "y"))
                .andExpect(status().isForbidden());
        // the refused change is not shown (the page's own words may be anyone's edit: other tests change it too)
        mvc.perform(get("/local-offer/short-breaks")).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<title>x – "))));
        mvc.perform(get("/local-offer")).andExpect(content().string(containsString("/local-offer/short-breaks")));
        mvc.perform(get("/caseworker").with(SignedIn.as(fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id())))))
                .andExpect(content().string(containsString("/local-offer/personal-budgets")));
    }

    @Test
    void moderators_tag_comments_with_an_outcome_and_commissioners_see_the_counts() throws Exception {
        long comment = comments.submit(existing, "Tagged comment " + word, "192.0.2." + (Fixtures.next() % 200));
        mvc.perform(post("/local-offer-editor/comments/" + comment).with(SignedIn.as(editorAccount)).with(csrf())
                        .param("publishedText", "Tagged " + word).param("response", "We did").param("outcome", "I_AM_HEARD"))
                .andExpect(status().is3xxRedirection());
        assertThat(comments.comment(editor, comment).outcome()).isEqualTo(OutcomeTag.I_AM_HEARD);
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        mvc.perform(get("/commissioner/local-offer-feedback").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I am heard")));
        mvc.perform(get("/commissioner/local-offer-feedback").with(SignedIn.as(editorAccount)))
                .andExpect(status().isForbidden());
        assertThat(comments.feedbackByOutcome(accounts.viewer(commissioner.id()).orElseThrow()))
                .anySatisfy(c -> assertThat(c.outcome()).isEqualTo(OutcomeTag.I_AM_HEARD));
        // an outcome that is not one of the framework's is a field error, the typed text kept
        mvc.perform(post("/local-offer-editor/comments/" + comment).with(SignedIn.as(editorAccount)).with(csrf())
                        .param("publishedText", "Kept " + word).param("response", "We did").param("outcome", "NOPE"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("moderationForm", "outcome"))
                .andExpect(content().string(containsString("Kept " + word)));
    }
}
