package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.children.CarerDetails;
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.MigratedChild;
import uk.send.domain.children.Relationship;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * Every list page exports its list as CSV: the filters the screen has applied, the screen's column labels and
 * words (never codes), every cell safe to open in a spreadsheet (full-width formula characters too), and each
 * download audited as DOWNLOADED with or without a search; only the roles that see the page reach its CSV.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ListExportsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    ChildDirectory children;
    @Autowired
    JdbcClient jdbc;

    AccountView adminAccount;
    Viewer adminViewer;
    FootprintView footprint;
    String family;

    @BeforeEach
    void childrenInAFootprint() {
        adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        adminViewer = new Viewer(adminAccount.id(), adminAccount.email(), Role.ADMIN, Set.of(), null);
        footprint = fixtures.footprint();
        String district = "ZW" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), adminViewer);
        family = "Exported" + Fixtures.next();
        String prefix = "LX" + Fixtures.next() + "-";
        List<String> given = List.of("\uff1dSUM(A1)", "\uff0bcmd", "\uff0d1", "\uff20x", "=1+1", "Plain");
        List<MigratedChild> rows = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            rows.add(new MigratedChild(i + 2, prefix + i, given.get(i), family, LocalDate.of(2016, 3, 14), null, null,
                    Postcode.of(district + " 1AA"), null,
                    new CarerDetails("Sam", family, Relationship.PARENT, true, null, null, null, null)));
        }
        children.importChildren(rows, adminViewer, done -> { }, 0L);
    }

    @Test
    void the_caseworkers_children_list_exports_its_search_with_the_screens_labels_neutralised_and_audited()
            throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        long before = downloads(caseworker);
        String page = mvc.perform(get("/caseworker/children").param("q", family).with(SignedIn.as(caseworker)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("/caseworker/children.csv?q=" + family);

        String csv = csv("/caseworker/children.csv?q=" + family, SignedIn.as(caseworker));

        assertThat(csv).startsWith("Family name,Given name,Date of birth,UPN,Footprint,Setting,Primary need,SEN provision\r\n")
                .contains(family + ",\"'\uff1dSUM(A1)\",2016-03-14,", family + ",\"'\uff0bcmd\",",
                        family + ",\"'\uff0d1\",", family + ",\"'\uff20x\",", family + ",\"'=1+1\",",
                        family + ",Plain,", "No special educational need")
                .doesNotContain(",\uff1dSUM", ",=1+1");
        assertThat(csv.lines().count()).as("the header and the six children searched for").isEqualTo(7);
        assertThat(downloads(caseworker)).isEqualTo(before + 1);

        // no search: still audited; a footprint outside the caseworker's is ignored, never widening the list
        csv("/caseworker/children.csv?footprint=" + Long.MAX_VALUE, SignedIn.as(caseworker));
        assertThat(downloads(caseworker)).isEqualTo(before + 2);
        AccountView elsewhere = fixtures.account(Role.CASEWORKER, null, Set.of(fixtures.footprint().id()));
        assertThat(csv("/caseworker/children.csv?q=" + family, SignedIn.as(elsewhere)).lines().count())
                .as("another footprint's caseworker sees only the header").isEqualTo(1);
        mvc.perform(get("/caseworker/children.csv").with(SignedIn.as(adminAccount))).andExpect(status().isForbidden());
    }

    @Test
    void the_administrators_children_and_users_lists_export_with_their_filters_and_are_audited() throws Exception {
        RequestPostProcessor admin = SignedIn.as(adminAccount);
        long before = downloads(adminAccount);

        String children = csv("/admin/children.csv?q=" + family, admin);
        assertThat(children).startsWith("Family name,Given name,").contains(family + ",Plain,");
        assertThat(children.lines().count()).isEqualTo(7);
        assertThat(mvc.perform(get("/admin/children").param("q", family).with(admin)).andReturn().getResponse()
                .getContentAsString()).contains("/admin/children.csv?q=" + family);

        AccountView panel = fixtures.account(Role.PANEL, null, Set.of(footprint.id()));
        String users = csv("/admin/users.csv?role=PANEL", admin);
        assertThat(users).startsWith("Full name,Email address,Role,Can see,Status\r\n").contains(panel.email(),
                footprint.name(), "Active").doesNotContain(adminAccount.email(), ",PANEL,");
        assertThat(mvc.perform(get("/admin/users").with(admin)).andReturn().getResponse().getContentAsString())
                .contains("/admin/users.csv");
        assertThat(downloads(adminAccount)).isEqualTo(before + 2);

        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        mvc.perform(get("/admin/users.csv").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/children.csv").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
    }

    @Test
    void the_panels_lists_and_the_local_offer_editors_list_export_with_the_screens_labels_and_are_audited()
            throws Exception {
        AccountView panel = fixtures.account(Role.PANEL, null, Set.of(footprint.id()));
        long before = downloads(panel);
        assertThat(csv("/panel/applications.csv", SignedIn.as(panel))).startsWith("Pupil,School,");
        assertThat(csv("/panel/decisions.csv", SignedIn.as(panel))).startsWith("Pupil,School,");
        assertThat(csv("/panel/awards.csv", SignedIn.as(panel))).startsWith("Pupil,School,Band,");
        assertThat(downloads(panel)).isEqualTo(before + 3);
        assertThat(mvc.perform(get("/panel").with(SignedIn.as(panel))).andReturn().getResponse().getContentAsString())
                .contains("/panel/applications.csv");

        AccountView editor = fixtures.account(Role.LOCAL_OFFER, null, Set.of());
        long editorBefore = downloads(editor);
        String services = csv("/local-offer-editor/services.csv?due=true", SignedIn.as(editor));
        assertThat(services).startsWith("Service,Provider,Type,Last checked,Status\r\n");
        assertThat(downloads(editor)).isEqualTo(editorBefore + 1);

        mvc.perform(get("/panel/awards.csv").with(SignedIn.as(editor))).andExpect(status().isForbidden());
        mvc.perform(get("/local-offer-editor/services.csv").with(SignedIn.as(panel))).andExpect(status().isForbidden());
    }

    private String csv(String url, RequestPostProcessor who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(who)).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).startsWith("attachment; filename=\"");
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private long downloads(AccountView who) {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and actor_id = :id")
                .param("id", who.id()).query(Long.class).single();
    }
}
