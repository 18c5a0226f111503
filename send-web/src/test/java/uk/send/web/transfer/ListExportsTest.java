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
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.support.MigratedSupport;
import uk.send.pathway.support.SupportPlans;
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
    String district;
    @Autowired
    SupportPlans support;

    @BeforeEach
    void childrenInAFootprint() {
        adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        adminViewer = new Viewer(adminAccount.id(), adminAccount.email(), Role.ADMIN, Set.of(), null);
        footprint = fixtures.footprint();
        district = "ZW" + (Fixtures.next() % 90 + 10);
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

    @Test
    void the_administrators_settings_list_exports_its_search_and_filters_with_the_screens_labels_and_is_audited()
            throws Exception {
        RequestPostProcessor admin = SignedIn.as(adminAccount);
        String name = "\uff1dExportedSchool" + Fixtures.next();
        SettingView school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()), name,
                SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(), null, true), adminViewer);
        long before = downloads(adminAccount);
        String query = name.substring(1);

        String settings = csv("/admin/settings.csv?q=" + query + "&type=MAINSTREAM_MAINTAINED&footprint=" + footprint.id(), admin);

        assertThat(settings).isEqualTo("URN,Name,Type,Phase,Footprint,Status\r\n" + school.urn() + ",\"'" + name
                + "\",Mainstream school (maintained),Primary," + footprint.name() + ",Open\r\n");
        assertThat(csv("/admin/settings.csv?q=" + query + "&type=SPECIAL_MAINTAINED", admin).lines().count())
                .as("the type filter applies").isEqualTo(1);
        assertThat(downloads(adminAccount)).isEqualTo(before + 2);
        assertThat(jdbc.sql("select detail from audit_event where action = 'DOWNLOADED' and actor_id = :id order by id desc limit 1")
                .param("id", adminAccount.id()).query(String.class).single()).contains("settings, searched")
                .doesNotContain(query);
        assertThat(mvc.perform(get("/admin/settings").param("q", query).with(admin)).andReturn().getResponse()
                .getContentAsString()).contains("/admin/settings.csv?q=");
        mvc.perform(get("/admin/settings.csv").with(SignedIn.as(fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id())))))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_sencos_sen_register_exports_its_filters_with_the_screens_labels_only_their_pupils_and_is_audited()
            throws Exception {
        SettingView school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()),
                "Register School " + Fixtures.next(), SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(),
                null, true), adminViewer);
        String prefix = "REG" + Fixtures.next() + "-";
        String pupils = "Registered" + Fixtures.next();
        List<MigratedChild> rows = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            rows.add(new MigratedChild(i + 2, prefix + i, i == 0 ? "\uff20Pat" : "Lee", pupils, LocalDate.of(2017, 2, 1),
                    null, null, Postcode.of(district + " 1AA"), school.id(),
                    new CarerDetails("Sam", pupils, Relationship.PARENT, true, null, null, null, null)));
        }
        children.importChildren(rows, adminViewer, done -> { }, 0L);
        support.importSupport(List.of(
                new MigratedSupport(2, prefix + "0", null, school.id(), LocalDate.of(2025, 9, 8), NeedCode.SLCN, null),
                new MigratedSupport(3, prefix + "1", null, school.id(), LocalDate.of(2025, 9, 8), NeedCode.ASD, null)),
                adminViewer, done -> { }, 0L);
        AccountView senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        long before = downloads(senco);

        String register = csv("/school/register.csv?need=SLCN", SignedIn.as(senco));

        assertThat(register).startsWith("Name,SEN provision,Primary need,Secondary need,Added,Support plan,Review\r\n")
                .contains("\"" + pupils + ", \uff20Pat\",SEN support,\"Speech, language and communication needs\",None," + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.UK)
                        .format(LocalDate.of(2025, 9, 8)) + ",")
                .doesNotContain("Lee", ",K,", "SLCN");
        assertThat(register.lines().count()).as("the header and the one pupil with that need").isEqualTo(2);
        assertThat(csv("/school/register.csv", SignedIn.as(senco))).contains("\"" + pupils + ", Lee\",");
        assertThat(downloads(senco)).isEqualTo(before + 2);
        assertThat(mvc.perform(get("/school").param("need", "SLCN").with(SignedIn.as(senco))).andReturn().getResponse()
                .getContentAsString()).contains("/school/register.csv?", "need=SLCN");

        AccountView elsewhere = fixtures.account(Role.SENCO, fixtures.school(footprint).id(), Set.of());
        assertThat(csv("/school/register.csv", SignedIn.as(elsewhere))).as("another school's SENCO sees none of them")
                .doesNotContain(pupils);
        mvc.perform(get("/school/register.csv").with(SignedIn.as(adminAccount))).andExpect(status().isForbidden());
    }

    @Test
    void the_advisers_requests_export_with_the_screens_labels_and_are_audited_and_no_one_else_reaches_them()
            throws Exception {
        AccountView adviser = fixtures.account(Role.ADVISER, null, Set.of());
        long before = downloads(adviser);
        assertThat(csv("/adviser/requests.csv", SignedIn.as(adviser)))
                .isEqualTo("Child or young person,Date of birth,Advice asked for,Requested,Due,Your advice\r\n");
        csv("/adviser/requests.csv?show=answered", SignedIn.as(adviser));
        assertThat(downloads(adviser)).isEqualTo(before + 2);
        mvc.perform(get("/adviser/requests.csv").with(SignedIn.as(adminAccount))).andExpect(status().isForbidden());
    }

    @Test
    void the_commissioners_placement_register_exports_with_its_status_filter_and_is_audited() throws Exception {
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        long before = downloads(commissioner);
        assertThat(csv("/commissioner/placements/register.csv?status=APPROVED", SignedIn.as(commissioner))).startsWith(
                "Reference,School,Footprint,Primary need,Start date,Planned end date,Annual cost,Status\r\n")
                .doesNotContain("Awaiting a decision", "PROPOSED");
        assertThat(downloads(commissioner)).isEqualTo(before + 1);
        mvc.perform(get("/commissioner/placements/register.csv").with(SignedIn.as(adminAccount)))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_filter_that_cannot_be_read_is_a_bad_request_never_a_server_error() throws Exception {
        AccountView senco = fixtures.account(Role.SENCO, fixtures.school(footprint).id(), Set.of());
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        assertThat(statusOf("/admin/settings.csv?type=NOT_A_TYPE", SignedIn.as(adminAccount))).isEqualTo(400);
        assertThat(statusOf("/admin/settings.csv?footprint=abc", SignedIn.as(adminAccount))).isEqualTo(400);
        assertThat(statusOf("/school/register.csv?need=XYZ", SignedIn.as(senco))).isEqualTo(400);
        assertThat(statusOf("/school/register.csv?status=%00", SignedIn.as(senco))).isEqualTo(400);
        assertThat(statusOf("/commissioner/placements/register.csv?status=LOST", SignedIn.as(commissioner))).isEqualTo(400);
    }

    private int statusOf(String url, RequestPostProcessor who) throws Exception {
        return mvc.perform(get(url).with(who)).andReturn().getResponse().getStatus();
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
