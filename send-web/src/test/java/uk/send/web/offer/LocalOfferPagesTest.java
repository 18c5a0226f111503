package uk.send.web.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.offer.Access;
import uk.send.commissioning.offer.Category;
import uk.send.commissioning.offer.CommentStatus;
import uk.send.commissioning.offer.Cost;
import uk.send.commissioning.offer.LocalOffer;
import uk.send.commissioning.offer.OfferComments;
import uk.send.commissioning.offer.OfferSearch;
import uk.send.commissioning.offer.ServiceDetails;
import uk.send.commissioning.offer.ServiceSummary;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The Local Offer against the real database: public pages for anyone, search and every filter in SQL, the
 * editor's pages for the editor and administrators only, versions kept, entries due for review, and comments
 * that reach the public only once published with a response.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalOfferPagesTest {

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

    private AccountView editorAccount;
    private AccountView admin;
    private Viewer editor;
    private FootprintView north;
    private FootprintView south;
    private long organization;
    private final String word = "zq" + Fixtures.next() + "x";

    @BeforeAll
    void anEditorAndAProvider() {
        editorAccount = fixtures.account(Role.LOCAL_OFFER, null, Set.of());
        admin = fixtures.account(Role.ADMIN, null, Set.of());
        editor = accounts.viewer(editorAccount.id()).orElseThrow();
        north = fixtures.footprint();
        south = fixtures.footprint();
        organization = jdbc.sql("insert into offer_organization (name, description) values (:n, 'A test provider') returning id")
                .param("n", "Provider " + word).query(Long.class).single();
    }

    private long service(String name, Category category, int from, int to, Long footprint, Set<NeedCode> needs, Cost cost,
                         Access access) {
        return offer.add(editor, new ServiceDetails(organization, name, "Swimming and games " + word, "Children " + word,
                "Phone us", category, access, cost, null, from, to, footprint, needs, "Hub", "1 Road", "dm1 1ab",
                "Saturdays", "01632 960000", "a@example.org", "https://example.org", "Step-free"));
    }

    private List<String> names(OfferSearch search) {
        return offer.search(search, PageRequest.of(0, 100)).getContent().stream().map(ServiceSummary::name).toList();
    }

    @Test
    void keyword_search_uses_full_text_with_stemming_and_every_filter_narrows_in_sql() {
        String w = "kw" + Fixtures.next() + "y";
        String autism = "Autism club " + w;
        String swim = "Swim " + w;
        String adults = "Internship " + w;
        service(autism, Category.SHORT_BREAKS, 5, 11, north.id(), Set.of(NeedCode.ASD), Cost.FREE, Access.OPEN);
        service(swim, Category.LEISURE, 0, 25, null, Set.of(), Cost.CHARGED, Access.OPEN);
        service(adults, Category.PREPARING_FOR_ADULTHOOD, 16, 24, south.id(), Set.of(NeedCode.MLD), Cost.FREE,
                Access.REFERRAL);
        long gone = service("Withdrawn " + w, Category.SHORT_BREAKS, 5, 11, north.id(), Set.of(), Cost.FREE, Access.OPEN);
        offer.withdraw(editor, gone, 0);

        OfferSearch everything = new OfferSearch(w, null, null, null, null, null, null);
        assertThat(names(everything)).containsExactlyInAnyOrder(autism, swim, adults);
        // "swims" finds "swimming" (English stemming)
        assertThat(names(new OfferSearch("swims " + w, null, null, null, null, null, null))).hasSize(3);
        assertThat(names(new OfferSearch(w, Category.SHORT_BREAKS, null, null, null, null, null))).containsExactly(autism);
        assertThat(names(new OfferSearch(w, null, 9, null, null, null, null))).containsExactlyInAnyOrder(autism, swim);
        assertThat(names(new OfferSearch(w, null, null, NeedCode.ASD, null, null, null))).containsExactly(autism);
        // a footprint's own services and those for the whole area
        assertThat(names(new OfferSearch(w, null, null, null, north.id(), null, null))).containsExactlyInAnyOrder(autism, swim);
        assertThat(names(new OfferSearch(w, null, null, null, null, Cost.CHARGED, null))).containsExactly(swim);
        assertThat(names(new OfferSearch(w, null, null, null, null, null, Access.REFERRAL))).containsExactly(adults);
        // the parent's journey: a short break for an autistic 9-year-old in their footprint
        assertThat(names(new OfferSearch(null, Category.SHORT_BREAKS, 9, NeedCode.ASD, north.id(), null, null)))
                .contains(autism).doesNotContain("Withdrawn " + w);
        // paged in SQL
        assertThat(offer.search(everything, PageRequest.of(1, 2)).getContent()).hasSize(1);
        assertThat(offer.search(everything, PageRequest.of(1, 2)).getTotalElements()).isEqualTo(3);
    }

    @Test
    void anyone_without_signing_in_searches_with_the_filters_in_the_address_and_reads_a_service() throws Exception {
        long id = service("Public page " + word, Category.HEALTH, 0, 18, north.id(), Set.of(NeedCode.HI), Cost.FREE,
                Access.REFERRAL);

        String html = mvc.perform(get("/local-offer").param("q", "page " + word).param("category", "HEALTH")
                        .param("age", "7").param("need", "HI").param("footprint", String.valueOf(north.id()))
                        .param("cost", "FREE").param("access", "REFERRAL"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Public page " + word, "/local-offer/services/" + id, "<title>Find SEND services");
        assertThat(count(html, "<h1")).isEqualTo(1);

        String page = mvc.perform(get("/local-offer/services/" + id)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("What it is", "Who it is for", "How to get it", "Where and when", "Contact",
                "Accessibility", "Last checked on", "Hearing impairment", "DM1 1AB");
    }

    @Test
    void filters_no_page_offers_are_ignored_and_never_an_error() throws Exception {
        mvc.perform(get("/local-offer").param("category", "BOGUS").param("age", "abc").param("need", "x")
                        .param("footprint", "99999999999999999999").param("page", "-3").param("q", "a\u0000b & | ! (("))
                .andExpect(status().isOk());
        mvc.perform(get("/local-offer/services/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/local-offer/services/abc")).andExpect(status().isNotFound());
    }

    @Test
    void a_withdrawn_service_leaves_the_public_pages() throws Exception {
        long id = service("Leaving " + word, Category.TRAVEL, 5, 16, null, Set.of(), Cost.FREE, Access.ASSESSED);
        offer.withdraw(editor, id, 0);

        mvc.perform(get("/local-offer/services/" + id)).andExpect(status().isNotFound());
    }

    @Test
    void the_editor_pages_are_for_the_editor_and_administrators_only() throws Exception {
        long id = service("Guarded " + word, Category.TRAVEL, 5, 16, null, Set.of(), Cost.FREE, Access.ASSESSED);
        List<String> pages = List.of("/local-offer-editor", "/local-offer-editor/services/new",
                "/local-offer-editor/services/" + id, "/local-offer-editor/services/" + id + "/versions/0",
                "/local-offer-editor/comments");
        List<AccountView> others = List.of(Role.CASEWORKER, Role.PARENT, Role.COMMISSIONER, Role.ADVISER).stream()
                .map(other -> fixtures.account(other, null, other.isFootprintScoped() ? Set.of(north.id()) : Set.of()))
                .toList();
        for (String page : pages) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
            mvc.perform(get(page).with(SignedIn.as(editorAccount))).andExpect(status().isOk());
            mvc.perform(get(page).with(SignedIn.as(admin))).andExpect(status().isOk());
            for (AccountView someone : others) {
                mvc.perform(get(page).with(SignedIn.as(someone))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(post("/local-offer-editor/services/" + id + "/withdraw").param("version", "0").with(csrf())
                        .with(SignedIn.as(others.get(0))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/").with(SignedIn.as(editorAccount))).andExpect(redirectedUrl("/local-offer-editor"));
    }

    @Test
    void every_change_is_kept_as_a_version_and_audited_and_a_stale_version_is_a_conflict() throws Exception {
        String name = "Versioned " + word;
        String location = mvc.perform(post("/local-offer-editor/services/new").with(SignedIn.as(editorAccount)).with(csrf())
                        .param("organizationId", String.valueOf(organization)).param("name", name)
                        .param("description", "What it is").param("whoFor", "Who").param("howToAccess", "How")
                        .param("category", "EDUCATION").param("access", "OPEN").param("cost", "FREE")
                        .param("minAge", "4").param("maxAge", "11").param("needs", "ASD", "SLCN"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(post("/local-offer-editor/services/" + id).with(SignedIn.as(admin)).with(csrf())
                        .param("organizationId", String.valueOf(organization)).param("name", name + " renamed")
                        .param("description", "What it is").param("whoFor", "Who").param("howToAccess", "How")
                        .param("category", "EDUCATION").param("access", "OPEN").param("cost", "FREE")
                        .param("minAge", "4").param("maxAge", "12").param("version", "0"))
                .andExpect(redirectedUrl(location));
        // opened at version 0, saved after the change: refused, nothing overwritten
        mvc.perform(post("/local-offer-editor/services/" + id + "/checked").with(SignedIn.as(editorAccount)).with(csrf())
                .param("version", "0")).andExpect(status().isConflict());
        mvc.perform(post("/local-offer-editor/services/" + id + "/checked").with(SignedIn.as(editorAccount)).with(csrf())
                .param("version", "1")).andExpect(redirectedUrl(location));
        mvc.perform(post("/local-offer-editor/services/" + id + "/withdraw").with(SignedIn.as(editorAccount)).with(csrf())
                .param("version", "2")).andExpect(redirectedUrl(location));

        assertThat(offer.versions(editor, id)).extracting(v -> v.change().name())
                .containsExactly("WITHDRAWN", "CHECKED", "CHANGED", "ADDED");
        assertThat(offer.version(editor, id, 0).content()).containsEntry("name", name).containsEntry("max_age", "11")
                .containsEntry("needs", "ASD, SLCN");
        assertThat(offer.version(editor, id, 1).content()).containsEntry("name", name + " renamed");
        assertThat(audit.forEntity("offer_service", id)).extracting(e -> e.action().name())
                .containsExactly("OFFER_SERVICE_ADDED", "OFFER_SERVICE_CHANGED", "OFFER_SERVICE_CHECKED",
                        "OFFER_SERVICE_WITHDRAWN");
        String versionPage = mvc.perform(get("/local-offer-editor/services/" + id + "/versions/0")
                .with(SignedIn.as(editorAccount))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(versionPage).contains(name, "ASD, SLCN");
        // a kept version never changes
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql(
                "update offer_service_version set changed_by = 'someone' where service_id = :id").param("id", id).update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void an_entry_not_checked_in_12_months_is_flagged_and_listed_for_review_until_checked() throws Exception {
        long stale = service("Stale " + word, Category.LEISURE, 0, 25, null, Set.of(), Cost.FREE, Access.OPEN);
        long fresh = service("Fresh " + word, Category.LEISURE, 0, 25, null, Set.of(), Cost.FREE, Access.OPEN);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        jdbc.sql("update offer_service set last_checked_on = :d where id = :id").param("d", today.minusMonths(12))
                .param("id", stale).update();
        jdbc.sql("update offer_service set last_checked_on = :d where id = :id").param("d", today.minusMonths(12).plusDays(1))
                .param("id", fresh).update();

        String due = mvc.perform(get("/local-offer-editor").param("due", "true").with(SignedIn.as(editorAccount)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(due).contains("Stale " + word, "Check due").doesNotContain("Fresh " + word);

        offer.markChecked(editor, stale, offer.entry(editor, stale).version());
        String after = mvc.perform(get("/local-offer-editor").param("due", "true").with(SignedIn.as(editorAccount)))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).doesNotContain("Stale " + word);
    }

    @Test
    void a_comment_reaches_the_public_only_once_published_with_the_councils_response() throws Exception {
        long id = service("Commented " + word, Category.SHORT_BREAKS, 5, 11, null, Set.of(), Cost.FREE, Access.OPEN);
        String said = "Please run it in the holidays " + word;

        mvc.perform(post("/local-offer/comment").with(csrf()).param("service", String.valueOf(id))
                        .param("text", said).with(r -> { r.setRemoteAddr("192.0.2.10"); return r; }))
                .andExpect(redirectedUrl("/local-offer/comment/sent?service=" + id));
        assertThat(mvc.perform(get("/local-offer/comment/sent").param("service", String.valueOf(id))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("Comment sent", "/local-offer/services/" + id);
        assertThat(mvc.perform(get("/local-offer/services/" + id)).andReturn().getResponse().getContentAsString())
                .doesNotContain(said);
        assertThat(mvc.perform(get("/local-offer/you-said-we-did")).andReturn().getResponse().getContentAsString())
                .doesNotContain(said);

        long commentId = comments.queue(editor, CommentStatus.RECEIVED, PageRequest.of(0, 500)).getContent().stream()
                .filter(c -> c.text().equals(said)).findFirst().orElseThrow().id();
        mvc.perform(post("/local-offer-editor/comments/" + commentId).with(SignedIn.as(editorAccount)).with(csrf())
                        .param("publishedText", "Please run it in the holidays (moderated) " + word)
                        .param("response", "It now runs in the summer holidays " + word))
                .andExpect(redirectedUrl("/local-offer-editor/comments"));

        String page = mvc.perform(get("/local-offer/services/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("(moderated) " + word, "It now runs in the summer holidays " + word).doesNotContain(said);
        assertThat(mvc.perform(get("/local-offer/you-said-we-did")).andReturn().getResponse().getContentAsString())
                .contains("It now runs in the summer holidays " + word);
        assertThat(audit.forEntity("offer_comment", commentId)).extracting(e -> e.action().name())
                .containsExactly("OFFER_COMMENT_PUBLISHED");
    }

    @Test
    void an_empty_comment_is_a_field_error_and_one_sender_is_limited_in_the_database() throws Exception {
        String empty = mvc.perform(post("/local-offer/comment").with(csrf()).param("service", "").param("text", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("govuk-error-summary", "href=\"#text\"", "Enter your comment");

        String address = "198.51.100." + (Fixtures.next() % 250);
        for (int i = 0; i < OfferComments.LIMIT; i++) {
            comments.submit(null, "Comment " + i, address);
        }
        String limited = mvc.perform(post("/local-offer/comment").with(csrf()).param("text", "One more")
                        .with(r -> { r.setRemoteAddr(address); return r; }))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(limited).contains("href=\"#text\"", "You have sent 5 comments in the last hour", "One more");
        // another sender is not held up by the first
        mvc.perform(post("/local-offer/comment").with(csrf()).param("text", "From elsewhere")
                        .with(r -> { r.setRemoteAddr("203.0.113.7"); return r; }))
                .andExpect(redirectedUrl("/local-offer/comment/sent"));
        assertThat(jdbc.sql("select count(*) from offer_comment where client_key like '%.%'").query(Long.class).single())
                .as("no address is stored as typed").isZero();
    }

    @Test
    void the_add_form_shows_every_missing_field_with_what_was_typed_kept() throws Exception {
        String html = mvc.perform(post("/local-offer-editor/services/new").with(SignedIn.as(editorAccount)).with(csrf())
                        .param("name", "Kept " + word).param("minAge", "abc").param("maxAge", "30").param("url", "not a url"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("href=\"#organizationId\"", "href=\"#description\"", "href=\"#category\"",
                "href=\"#minAge\"", "href=\"#maxAge\"", "href=\"#url\"", "value=\"Kept " + word + "\"", "value=\"abc\"");
    }

    private static int count(String html, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
