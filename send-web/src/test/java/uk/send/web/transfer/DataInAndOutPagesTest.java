package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
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
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.Upn;
import uk.send.domain.testing.Fixtures;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportStatus;
import uk.send.domain.transfer.ImportView;
import uk.send.web.security.SignedIn;

/**
 * Data in and out: a GIAS extract previewed then applied; a children migration checked whole, refused whole
 * with a report of each refused row, imported in one transaction, and changing nothing when imported again;
 * exports streamed, safe for spreadsheets and audited; no upload ever a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DataInAndOutPagesTest {

    static final String GIAS_HEADER = "URN,LA (code),LA (name),EstablishmentNumber,EstablishmentName,"
            + "TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Postcode\r\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    DataImports imports;
    @Autowired
    ChildDirectory children;
    @Autowired
    JdbcClient jdbc;

    AccountView adminAccount;
    RequestPostProcessor admin;
    Viewer adminViewer;
    FootprintView footprint;
    String district;

    @BeforeEach
    void anAdministratorAndAFootprintCoveringAPostcodeDistrict() {
        adminAccount = fixtures.account(Role.ADMIN, null, Set.of());
        admin = SignedIn.as(adminAccount);
        adminViewer = new Viewer(adminAccount.id(), adminAccount.email(), Role.ADMIN, Set.of(), null);
        footprint = fixtures.footprint();
        district = "ZY" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), adminViewer);
    }

    // --- GIAS ---

    @Test
    void a_gias_extract_shows_what_it_changes_before_anything_changes_then_applies_it_in_one_go() throws Exception {
        SettingView renamed = setting("Old Name School", SettingType.MAINSTREAM_MAINTAINED, true);
        SettingView closing = setting("Closing School", SettingType.MAINSTREAM_MAINTAINED, true);
        SettingView same = setting("Same School", SettingType.MAINSTREAM_MAINTAINED, true);
        String newUrn = String.valueOf(700000 + Fixtures.next());
        String otherLa = String.valueOf(700000 + Fixtures.next());
        String csv = GIAS_HEADER
                + renamed.urn() + ",999,Demo,2001,New Name School,Academy converter,Open,Primary," + district + " 1AA\r\n"
                + closing.urn() + ",999,Demo,2002," + closing.name() + ",Community school,Closed,Primary," + district + " 1AB\r\n"
                + same.urn() + ",999,Demo,2003," + same.name() + ",Community school,Open,Primary," + district + " 1AD\r\n"
                + newUrn + ",999,Demo,7001,Brand New Special School,Community special school,Open,Not applicable," + district + " 2AA\r\n"
                + otherLa + ",888,Elsewhere,7002,Not Our School,Community school,Open,Primary,ZZ1 1AA\r\n";

        MockHttpServletResponse uploaded = mvc.perform(multipart("/admin/imports/gias")
                        .file(new MockMultipartFile("extract", "edubase.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse();
        String page = uploaded.getRedirectedUrl();
        String preview = mvc.perform(get(page).with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(preview).contains("What applying the extract will change", "1 settings added", "1 settings updated",
                "1 settings marked closed", "New Name School", "Brand New Special School", "Apply these changes",
                "name, type").doesNotContain("Not Our School");
        assertThat(reference.settingView(renamed.id()).name()).as("nothing changes before it is applied")
                .isEqualTo(renamed.name());

        mvc.perform(post(page + "/apply").with(admin).with(csrf())).andExpect(status().is3xxRedirection());

        SettingView afterRename = reference.settingView(renamed.id());
        assertThat(afterRename.name()).isEqualTo("New Name School");
        assertThat(afterRename.type()).isEqualTo(SettingType.MAINSTREAM_ACADEMY);
        assertThat(reference.settingView(closing.id()).open()).isFalse();
        Long added = reference.settingIdsByUrn().get(newUrn);
        assertThat(added).isNotNull();
        SettingView special = reference.settingView(added);
        assertThat(special.type()).isEqualTo(SettingType.SPECIAL_MAINTAINED);
        assertThat(special.phase()).isEqualTo(Phase.ALL_THROUGH);
        assertThat(special.footprintId()).isEqualTo(footprint.id());
        assertThat(reference.settingIdsByUrn()).doesNotContainKey(otherLa);
        long id = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        assertThat(imports.find(id, adminViewer).status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SETTINGS_IMPORTED' and entity_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        // the same extract again: nothing left to change, and it cannot be applied twice
        mvc.perform(post(page + "/apply").with(admin).with(csrf())).andExpect(status().isNotFound());
        String again = mvc.perform(multipart("/admin/imports/gias")
                        .file(new MockMultipartFile("extract", "edubase.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        String secondPreview = mvc.perform(get(again).with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(secondPreview).contains("0 settings added", "0 settings updated", "0 settings marked closed");
    }

    @Test
    void a_new_setting_whose_postcode_is_in_no_footprint_is_left_out_and_said_so() throws Exception {
        String urn = String.valueOf(700000 + Fixtures.next());
        String csv = GIAS_HEADER + urn + ",999,Demo,7003,Far Away School,Community school,Open,Primary,ZZ9 9ZZ\r\n";
        String page = mvc.perform(multipart("/admin/imports/gias")
                        .file(new MockMultipartFile("extract", "edubase.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(get(page).with(admin)).andReturn().getResponse().getContentAsString())
                .contains("Far Away School", "its postcode is in no footprint");
        mvc.perform(post(page + "/apply").with(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(reference.settingIdsByUrn()).doesNotContainKey(urn);
    }

    @Test
    void a_gias_extract_in_windows_1252_keeps_its_accented_names() throws Exception {
        SettingView school = setting("Plain Name", SettingType.MAINSTREAM_MAINTAINED, true);
        String csv = GIAS_HEADER + school.urn() + ",999,Demo,2004,St Thérèse’s Catholic Primary School,"
                + "Voluntary aided school,Open,Primary," + district + " 1AA\r\n";
        String page = mvc.perform(multipart("/admin/imports/gias")
                        .file(new MockMultipartFile("extract", "edubase.csv", "text/csv", csv.getBytes(Charset.forName("windows-1252"))))
                        .with(admin).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(post(page + "/apply").with(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(reference.settingView(school.id()).name()).isEqualTo("St Thérèse’s Catholic Primary School");
    }

    @Test
    void a_malformed_upload_comes_back_to_the_form_with_the_reason_never_a_server_error() throws Exception {
        assertUploadRefused("extract", "/admin/imports/gias", new byte[0], "Select a CSV file");
        assertUploadRefused("extract", "/admin/imports/gias", "URN,Name\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8),
                "The file is missing these columns");
        assertUploadRefused("extract", "/admin/imports/gias", new byte[] {0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2, 3},
                "The selected file is not a CSV file");
        assertUploadRefused("extract", "/admin/imports/gias", (GIAS_HEADER
                + "100001,888,Elsewhere,1,School,Community school,Open,Primary,ZZ1 1AA\r\n").getBytes(StandardCharsets.UTF_8),
                "The file has no rows for local authority 999");
        assertUploadRefused("extract", "/admin/imports/gias", (GIAS_HEADER + "\"100001,999\r\n").getBytes(StandardCharsets.UTF_8),
                "could not be read as CSV");
        assertUploadRefused("extract", "/admin/imports/gias", new byte[20 * 1024 * 1024 + 1],
                "The file must be smaller than 20 MB");
        assertUploadRefused("migration", "/admin/imports/children", GIAS_HEADER.getBytes(StandardCharsets.UTF_8),
                "The file is missing these columns: reference");
        assertUploadRefused("migration", "/admin/imports/children",
                (String.join(",", ChildrenFile.COLUMNS) + "\r\n").getBytes(StandardCharsets.UTF_8),
                "The file has a heading row but no rows");

        // a form posted without a file part at all, or with text where the file goes
        assertThat(mvc.perform(post("/admin/imports/gias").with(admin).with(csrf()).param("extract", "text"))
                .andReturn().getResponse().getStatus()).isLessThan(500);
        assertThat(mvc.perform(post("/admin/imports/children").with(admin).with(csrf()))
                .andReturn().getResponse().getStatus()).isLessThan(500);
    }

    @Test
    void only_an_administrator_reaches_the_imports_and_exports() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        mvc.perform(get("/admin/imports").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/exports/children.csv").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
        String home = mvc.perform(get("/admin").with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("href=\"/admin/imports\"");
        String page = mvc.perform(get("/admin/imports").with(admin)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("<title>Data in and out – SEND service</title>", "enctype=\"multipart/form-data\"",
                "/admin/imports/templates/children.csv", "/admin/exports/children.csv", "/admin/exports/plans.csv");
        mvc.perform(get("/admin/imports/999999").with(admin)).andExpect(status().isNotFound());
    }

    // --- children migration ---

    @Test
    void a_valid_migration_file_is_imported_in_the_background_and_importing_it_again_changes_nothing() throws Exception {
        SettingView school = setting("Migration School", SettingType.MAINSTREAM_MAINTAINED, true);
        String prefix = "MIG" + Fixtures.next() + "-";
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(row(prefix + i, "Child" + i, upn(), i == 0 ? school.urn() : ""));
        }
        byte[] file = file(rows);

        ImportView first = migrate(file);
        assertThat(first.status()).as(first.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(first.summary()).contains("3 children added", "0 changed", "0 unchanged", "3 parents or carers added");
        assertThat(countChildren(prefix)).isEqualTo(3);
        assertThat(jdbc.sql("select count(*) from carer c join child ch on ch.id = c.child_id where ch.migration_reference like :p")
                .param("p", prefix + "%").query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("select setting_id from child where migration_reference = :r").param("r", prefix + "0")
                .query(Long.class).single()).isEqualTo(school.id());

        String progressPage = mvc.perform(get("/admin/imports/" + first.id()).with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(progressPage).contains("Imported", "3 children added");

        ImportView second = migrate(file);
        assertThat(second.status()).isEqualTo(ImportStatus.DONE);
        assertThat(second.summary()).contains("0 children added", "0 changed", "3 unchanged", "0 parents or carers added");
        assertThat(countChildren(prefix)).isEqualTo(3);

        // a corrected name in the old system: that child is updated, the others left alone
        rows.set(1, rows.get(1).replace(",Child1,", ",Kit,"));
        ImportView third = migrate(file(rows));
        assertThat(third.summary()).contains("0 children added", "1 changed", "2 unchanged");
        assertThat(jdbc.sql("select given_name from child where migration_reference = :r").param("r", prefix + "1")
                .query(String.class).single()).isEqualTo("Kit");
    }

    @Test
    void a_file_with_any_refused_row_writes_nothing_and_reports_each_refused_row() throws Exception {
        String prefix = "BAD" + Fixtures.next() + "-";
        String goodUpn = upn();
        String badCheckLetter = (goodUpn.charAt(0) == 'A' ? 'B' : 'A') + goodUpn.substring(1);
        List<String> rows = List.of(
                row(prefix + "0", "Fine", upn(), ""),
                row(prefix + "1", "Wrong", badCheckLetter, ""),
                row(prefix + "2", "Unknown", upn(), "999998").replace("MOTHER", "AUNTIE"),
                row(prefix + "3", "Dated", upn(), "").replace("14/03/2016", "31/02/2016"),
                row(prefix + "0", "Again", upn(), ""),
                row(prefix + "5", "Nowhere", upn(), "").replace(district + " 4AA", "ZZ9 9ZZ"),
                row(prefix + "6", "=HYPERLINK(\"\"x\"\")", upn(), "").replace("1234567890", "12345"));

        ImportView refused = migrate(file(rows));

        assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(refused.summary()).contains("nothing was imported");
        assertThat(countChildren(prefix)).as("nothing written").isZero();
        MockHttpServletResponse report = mvc.perform(get("/admin/imports/" + refused.id() + "/errors.csv").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(report.getContentType()).startsWith("text/csv");
        String csv = report.getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("Row,Column,Problem\r\n")
                .contains("3,upn,Not a valid UPN", "4,setting_urn,No setting has this URN",
                        "4,carer_relationship,\"Use one of", "5,date_of_birth,Enter the date as",
                        "8,carer_phone,Not a phone number")
                .doesNotContain("HYPERLINK", "Wrong", badCheckLetter);
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_type = 'DATA_IMPORT'
                        and entity_id = :id and actor_id = :a""")
                .param("id", String.valueOf(refused.id())).param("a", adminAccount.id()).query(Long.class).single())
                .as("the refused rows' report recorded as a download of that import's").isOne();
        // the checks only the database can make run once every row is well formed
        List<String> wellFormed = List.of(row(prefix + "0", "Fine", upn(), ""), row(prefix + "0", "Again", upn(), ""),
                row(prefix + "5", "Nowhere", upn(), "").replace(district + " 4AA", "ZZ9 9ZZ"));
        ImportView second = migrate(file(wellFormed));
        assertThat(second.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(imports.errorReport(second.id(), adminViewer).orElseThrow())
                .contains("3,reference,The reference is on an earlier row too", "4,home_postcode,The postcode is in no footprint");
        assertThat(countChildren(prefix)).isZero();
        String page = mvc.perform(get("/admin/imports/" + second.id()).with(admin)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Refused", "/admin/imports/" + second.id() + "/errors.csv");
    }

    @Test
    void an_import_that_fails_part_way_leaves_no_row_of_it_written() {
        String prefix = "HALF" + Fixtures.next() + "-";
        List<MigratedChild> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(new MigratedChild(i + 2, prefix + i, "Given", "Family" + i, java.time.LocalDate.of(2015, 1, 1), null,
                    null, Postcode.of(district + " 1AA"), null,
                    new CarerDetails("Sam", "Family" + i, Relationship.PARENT, true, null, null, null, null)));
        }
        // the process stops after the first batch of 1,000 is written (as a killed process would, mid-import)
        assertThatThrownBy(() -> children.importChildren(many, adminViewer, done -> {
            if (done >= 1000) {
                throw new IllegalStateException("stopped mid-import");
            }
        }, 0L)).hasMessageContaining("stopped mid-import");

        assertThat(countChildren(prefix)).isZero();
    }

    @Test
    void the_template_is_offered_for_download_with_every_column() throws Exception {
        MockHttpServletResponse template = mvc.perform(get("/admin/imports/templates/children.csv").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(template.getContentAsString(StandardCharsets.UTF_8))
                .startsWith(String.join(",", ChildrenFile.COLUMNS) + "\r\n");
    }

    // --- exports ---

    @Test
    void the_children_export_streams_every_child_with_the_screen_labels_safe_for_spreadsheets_and_audited() throws Exception {
        String prefix = "EXP" + Fixtures.next() + "-";
        List<String> rows = List.of(row(prefix + "0", "=SUM(A1)", upn(), ""), row(prefix + "1", "\uff1dSUM(A1)", upn(), ""),
                row(prefix + "2", "@cmd", upn(), ""));
        assertThat(migrate(file(rows)).status()).isEqualTo(ImportStatus.DONE);
        long auditsBefore = exportAudits();

        MockHttpServletResponse export = mvc.perform(get("/admin/exports/children.csv").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse();

        String csv = export.getContentAsString(StandardCharsets.UTF_8);
        assertThat(export.getHeader("Content-Disposition")).startsWith("attachment; filename=\"children-");
        assertThat(csv).startsWith("Reference in the previous system,Given name,Family name,")
                .contains(prefix + "0,\"'=SUM(A1)\",", prefix + "1,\"'\uff1dSUM(A1)\",", prefix + "2,\"'@cmd\",",
                        "No special educational need")
                .doesNotContain(",=SUM");
        assertThat(exportAudits()).isEqualTo(auditsBefore + 1);

        MockHttpServletResponse plans = mvc.perform(get("/admin/exports/plans.csv").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(plans.getContentAsString(StandardCharsets.UTF_8)).startsWith("Child's reference in the previous system,");
        assertThat(exportAudits()).isEqualTo(auditsBefore + 2);
    }

    @Test
    void a_formula_cell_is_neutralised_in_every_form() {
        assertThat(SafeCsv.cell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(SafeCsv.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(SafeCsv.cell("-1")).isEqualTo("\"'-1\"");
        assertThat(SafeCsv.cell("@x")).isEqualTo("\"'@x\"");
        assertThat(SafeCsv.cell("\t=1")).isEqualTo("\"'\t=1\"");
        assertThat(SafeCsv.cell("\uff0b1")).isEqualTo("\"'\uff0b1\"");
        assertThat(SafeCsv.cell("\uff0d1")).isEqualTo("\"'\uff0d1\"");
        assertThat(SafeCsv.cell("\uff20x")).isEqualTo("\"'\uff20x\"");
        assertThat(SafeCsv.cell("plain")).isEqualTo("plain");
        assertThat(SafeCsv.cell(-5)).isEqualTo("-5");
        assertThat(SafeCsv.cell("a,\"b\"")).isEqualTo("\"a,\"\"b\"\"\"");
        assertThat(SafeCsv.cell(null)).isEmpty();
    }

    // --- helpers ---

    private long exportAudits() {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and actor_id = :id")
                .param("id", adminAccount.id()).query(Long.class).single();
    }

    private long countChildren(String prefix) {
        return jdbc.sql("select count(*) from child where migration_reference like :p").param("p", prefix + "%")
                .query(Long.class).single();
    }

    private String row(String reference, String given, String upn, String urn) {
        return reference + "," + (given.contains("\"") ? "\"" + given + "\"" : given) + ",Migrated,14/03/2016," + upn
                + ",," + district + " 4AA," + urn + ",Sam,Migrated,MOTHER,yes,sam@example.invalid,1234567890,"
                + "\"1 Example Street, Demo Town\"";
    }

    private static byte[] file(List<String> rows) {
        return (String.join(",", ChildrenFile.COLUMNS) + "\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static String upn() {
        int n = Fixtures.next();
        return Upn.generate(998, n % 10000, 16, n % 1000).value();
    }

    /** Uploads a migration file and waits for the background import to finish. */
    private ImportView migrate(byte[] file) throws Exception {
        return ImportUploads.upload(mvc, admin, imports, adminViewer, "/admin/imports/children", "migration", file);
    }

    private void assertUploadRefused(String field, String action, byte[] content, String message) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(action)
                        .file(new MockMultipartFile(field, "upload.csv", "text/csv", content)).with(admin).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).as(message).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("govuk-error-summary", "href=\"#" + field + "\"", "id=\"" + field + "\"", message);
    }

    private SettingView setting(String name, SettingType type, boolean open) {
        return reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()), name + " " + Fixtures.next(),
                type, Phase.PRIMARY, footprint.id(), null, open), adminViewer);
    }
}
