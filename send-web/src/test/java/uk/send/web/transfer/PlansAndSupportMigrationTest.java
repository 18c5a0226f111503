package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import uk.send.domain.reference.NeedCode;
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
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.MigratedPlan;
import uk.send.pathway.support.MigratedSupport;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * The caseload migration's later files: EHC plans and SEN Support, for children already imported. Each file is
 * checked whole (every rule reported row by row, nothing written while any row is refused), written in one
 * transaction by the pathway (a failure part way leaves no row), changes nothing when imported again, and leaves
 * the child's census provision as the plan or SEN Support would (E, K, or N once a plan ceased).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlansAndSupportMigrationTest {

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
    EhcPlans plans;
    @Autowired
    SupportPlans support;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin;
    Viewer adminViewer;
    FootprintView footprint;
    String district;
    SettingView school;
    String prefix;

    @BeforeEach
    void anAdministratorASchoolAndAFootprintCoveringAPostcodeDistrict() {
        AccountView account = fixtures.account(Role.ADMIN, null, Set.of());
        admin = SignedIn.as(account);
        adminViewer = new Viewer(account.id(), account.email(), Role.ADMIN, Set.of(), null);
        footprint = fixtures.footprint();
        district = "ZX" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), adminViewer);
        school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()),
                "Migration Primary " + Fixtures.next(), SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(),
                null, true), adminViewer);
        prefix = "PM" + Fixtures.next() + "-";
    }

    // --- EHC plans ---

    @Test
    void a_plans_file_is_imported_in_the_background_with_the_census_following_and_importing_it_again_changes_nothing()
            throws Exception {
        List<String> upns = childrenImported(3, null);
        byte[] file = plansFile(
                prefix + "0,," + "12/09/2023,ACTIVE," + school.urn() + ",ASD,10/09/2025,,",
                "," + upns.get(1) + ",2021-02-01,ceased," + school.urn() + ",SLCN,,31/07/2025,2",
                prefix + "2,," + "01/03/2022,CEASED," + school.urn() + ",SEMH,,01/04/2024,MOVED_OUTSIDE_ENGLAND");

        ImportView first = upload("/admin/imports/plans", "plansFile", file);

        assertThat(first.status()).as(first.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(first.summary()).contains("3 EHC plans added", "0 already recorded");
        assertThat(plansOf(prefix)).isEqualTo(3);
        assertThat(versionsOf(prefix)).as("working copy and final each, and a ceased version for the two ceased")
                .isEqualTo(8);
        // in force: E with the plan's need, its next review 12 months after the last one (s.44)
        assertThat(child(prefix + "0", "sen_provision")).isEqualTo("E");
        assertThat(child(prefix + "0", "primary_need")).isEqualTo("ASD");
        assertThat(jdbc.sql("""
                        select p.review_due_on from ehc_plan p join child c on c.id = p.child_id
                        where c.migration_reference = :r""").param("r", prefix + "0").query(LocalDate.class).single())
                .isEqualTo(LocalDate.of(2026, 9, 10));
        // ceased: K when the needs are met without a plan (SEN2 reason 2), N when the child moved away
        assertThat(child(prefix + "1", "sen_provision")).isEqualTo("K");
        assertThat(child(prefix + "2", "sen_provision")).isEqualTo("N");
        assertThat(jdbc.sql("""
                        select p.cease_reason from ehc_plan p join child c on c.id = p.child_id
                        where c.migration_reference = :r""").param("r", prefix + "2").query(String.class).single())
                .isEqualTo("MOVED_OUTSIDE_ENGLAND");
        String page = mvc.perform(get("/admin/imports/" + first.id()).with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Imported", "3 EHC plans added");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PLANS_IMPORTED' and entity_id = :id")
                .param("id", String.valueOf(first.id())).query(Long.class).single()).isEqualTo(1);

        ImportView again = upload("/admin/imports/plans", "plansFile", file);

        assertThat(again.status()).isEqualTo(ImportStatus.DONE);
        assertThat(again.summary()).contains("0 EHC plans added", "3 already recorded");
        assertThat(plansOf(prefix)).isEqualTo(3);
        assertThat(versionsOf(prefix)).isEqualTo(8);
    }

    @Test
    void every_rule_of_a_plan_row_is_reported_by_row_and_column_and_nothing_is_written() throws Exception {
        List<String> upns = childrenImported(2, null);
        String badCheck = (upns.get(0).charAt(0) == 'A' ? 'B' : 'A') + upns.get(0).substring(1);
        String urn = school.urn();
        byte[] file = plansFile(
                prefix + "0,,12/09/2023,ACTIVE," + urn + ",ASD,,,",              // 2: fine on its own
                ",,12/09/2023,ACTIVE," + urn + ",ASD,,,",                        // 3: no child named
                "bad ref!,,12/09/2023,ACTIVE," + urn + ",ASD,,,",                // 4: reference format
                "," + badCheck + ",12/09/2023,ACTIVE," + urn + ",ASD,,,",        // 5: UPN check letter
                prefix + "1,,31/02/2023,ACTIVE," + urn + ",ASD,,,",              // 6: no such date
                prefix + "1,,01/01/2099,ACTIVE," + urn + ",ASD,,,",              // 7: in the future
                prefix + "1,,12/09/2023,MAYBE," + urn + ",ASD,,,",               // 8: unknown status
                prefix + "1,,12/09/2023,ACTIVE,999998,ASD,,,",                   // 9: unknown setting
                prefix + "1,,12/09/2023,ACTIVE,12AB,ASD,,,",                     // 10: malformed URN
                prefix + "1,,12/09/2023,ACTIVE," + urn + ",XYZ,,,",              // 11: unknown need
                prefix + "1,,12/09/2023,ACTIVE," + urn + ",NSA,,,",              // 12: NSA is not a plan's need
                prefix + "1,,12/09/2023,ACTIVE," + urn + ",ASD,01/09/2023,,",    // 13: reviewed before issue
                prefix + "1,,12/09/2023,CEASED," + urn + ",ASD,,,",              // 14: ceased without date or reason
                prefix + "1,,12/09/2023,CEASED," + urn + ",ASD,,01/09/2024,12",  // 15: unknown cease reason
                prefix + "1,,12/09/2023,CEASED," + urn + ",ASD,,01/09/2022,9",   // 16: ceased before issue
                prefix + "1,,12/09/2023,ACTIVE," + urn + ",ASD,,01/09/2024,9",   // 17: in force but ceased
                prefix + "1,,12/09/2023,ACTIVE," + urn + ",=HYPERLINK(\"\"x\"\"),,,"); // 18: a formula as a need

        ImportView refused = upload("/admin/imports/plans", "plansFile", file);

        assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(refused.summary()).contains("nothing was imported");
        String report = report(refused);
        assertThat(report).startsWith("Row,Column,Problem\r\n").contains(
                "3,child_reference,\"Give the child’s reference",
                "4,child_reference,\"The reference must be",
                "5,upn,Not a valid UPN",
                "6,issue_date,Enter the date as",
                "7,issue_date,The date must be today or earlier",
                "8,status,Use ACTIVE or CEASED",
                "9,setting_urn,No setting has this URN",
                "10,setting_urn,A URN is 6 digits",
                "11,primary_need,\"Use a need code",
                "12,primary_need,NSA (SEN Support with no specialist assessment)",
                "13,last_review_date,The last review is before the plan was issued",
                "14,ceased_date,Enter the date the plan ceased", "14,cease_reason,Enter why the plan ceased",
                "15,cease_reason,\"Use a SEN2 cease reason",
                "16,ceased_date,The plan ceased before it was issued",
                "17,ceased_date,A plan in force has no cease date", "17,cease_reason,A plan in force",
                "18,primary_need,\"Use a need code")
                .doesNotContain("HYPERLINK", "bad ref!");
        assertThat(report.lines().filter(l -> l.startsWith("2,"))).as("the good row is not reported").isEmpty();
        assertThat(plansOf(prefix)).as("nothing written, not even the good row").isZero();
    }

    @Test
    void the_rules_only_the_database_can_check_refuse_the_whole_plans_file() throws Exception {
        List<String> upns = childrenImported(5, null);
        String urn = school.urn();
        plans.importPlans(List.of(plan(prefix + "4", LocalDate.of(2022, 5, 1))), adminViewer, done -> { }, 0L);
        byte[] file = plansFile(
                prefix + "0,,12/09/2023,ACTIVE," + urn + ",ASD,,,",               // 2: fine on its own
                prefix + "9,,12/09/2023,ACTIVE," + urn + ",ASD,,,",               // 3: no such child
                "," + upn() + ",12/09/2023,ACTIVE," + urn + ",ASD,,,",            // 4: no child with this UPN
                prefix + "1," + upns.get(2) + ",12/09/2023,ACTIVE," + urn + ",ASD,,,", // 5: two different children
                prefix + "0,,12/09/2024,ACTIVE," + urn + ",ASD,,,",               // 6: the child's second plan
                prefix + "3,,12/09/2014,ACTIVE," + urn + ",ASD,,,",               // 7: before the child was born
                prefix + "4,,12/09/2023,ACTIVE," + urn + ",ASD,,,");              // 8: has a plan of another date

        ImportView refused = upload("/admin/imports/plans", "plansFile", file);

        assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(report(refused)).contains(
                "3,child_reference,No child has this reference",
                "4,upn,No child has this UPN",
                "5,upn,The reference and the UPN are of two different children",
                "6,child_reference,The child has a plan on an earlier row too",
                "7,issue_date,The plan was issued before the child was born",
                "8,child_reference,The child already has an EHC plan issued on another date");
        assertThat(plansOf(prefix)).as("only the plan recorded before").isEqualTo(1);
    }

    @Test
    void a_plans_import_that_fails_part_way_leaves_no_plan_of_it_written() {
        childrenImported(2500, null);
        List<MigratedPlan> many = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            many.add(plan(prefix + i, LocalDate.of(2023, 9, 1)));
        }
        // the process stops once the first batch of 1,000 plans is written, as a killed process would
        assertThatThrownBy(() -> plans.importPlans(many, adminViewer, done -> {
            if (done >= 1000) {
                throw new IllegalStateException("stopped mid-import");
            }
        }, 0L)).hasMessageContaining("stopped mid-import");

        assertThat(plansOf(prefix)).isZero();
        assertThat(versionsOf(prefix)).isZero();
        assertThat(jdbc.sql("select count(*) from child where migration_reference like :p and sen_provision <> 'N'")
                .param("p", prefix + "%").query(Long.class).single()).isZero();
    }

    // --- SEN Support ---

    @Test
    void a_sen_support_file_is_imported_with_the_census_following_and_importing_it_again_changes_nothing()
            throws Exception {
        childrenImported(2, school.id());
        byte[] file = supportFile(prefix + "0,,03/09/2024,SEMH,SLCN,", prefix + "1,,2025-01-06,spld,," + school.urn());

        ImportView first = upload("/admin/imports/sen-support", "supportFile", file);

        assertThat(first.status()).as(first.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(first.summary()).contains("2 pupils added to SEN Support", "0 already recorded");
        assertThat(supportOf(prefix)).isEqualTo(2);
        assertThat(child(prefix + "0", "sen_provision")).isEqualTo("K");
        assertThat(child(prefix + "0", "primary_need")).isEqualTo("SEMH");
        assertThat(child(prefix + "0", "secondary_need")).isEqualTo("SLCN");
        assertThat(child(prefix + "1", "primary_need")).isEqualTo("SPLD");

        ImportView again = upload("/admin/imports/sen-support", "supportFile", file);

        assertThat(again.summary()).contains("0 pupils added", "2 already recorded");
        assertThat(supportOf(prefix)).isEqualTo(2);
    }

    @Test
    void every_rule_of_a_sen_support_row_is_reported_and_nothing_is_written() throws Exception {
        childrenImported(6, null);
        plans.importPlans(List.of(plan(prefix + "3", LocalDate.of(2022, 5, 1))), adminViewer, done -> { }, 0L);
        support.importSupport(List.of(new MigratedSupport(2, prefix + "4", null, school.id(), LocalDate.of(2023, 1, 9),
                NeedCode.MLD, null)), adminViewer, done -> { }, 0L);
        String urn = school.urn();
        byte[] file = supportFile(
                prefix + "0,,03/09/2024,SEMH,," + urn,            // 2: fine on its own
                prefix + "1,,03/09/2024,SEMH,SEMH," + urn,        // 3: secondary the same as primary
                prefix + "1,,03/09/2024,,," + urn,                // 4: no primary need
                prefix + "1,,,SEMH,," + urn);                     // 5: no date

        ImportView refused = upload("/admin/imports/sen-support", "supportFile", file);
        assertThat(report(refused)).contains("3,secondary_need,The secondary need must differ",
                "4,primary_need,Enter a value", "5,date_added,Enter a value");

        byte[] wellFormed = supportFile(
                prefix + "0,,03/09/2024,SEMH,," + urn,            // 2: fine
                prefix + "0,,04/09/2024,SEMH,," + urn,            // 3: the same child again
                prefix + "1,,03/09/2024,SEMH,,",                  // 4: on roll nowhere, no setting given
                prefix + "2,,03/09/2012,SEMH,," + urn,            // 5: before the child was born
                prefix + "3,,03/09/2024,SEMH,," + urn,            // 6: has an EHC plan in force
                prefix + "4,,03/09/2024,SEMH,," + urn);           // 7: at SEN Support from another date
        ImportView second = upload("/admin/imports/sen-support", "supportFile", wellFormed);

        assertThat(second.status()).isEqualTo(ImportStatus.INVALID);
        assertThat(report(second)).contains("3,child_reference,The child is on an earlier row too",
                "4,setting_urn,Give the setting’s URN", "5,date_added,The date added is before the child was born",
                "6,child_reference,\"The child has an EHC plan in force", "7,date_added,The child is already at SEN Support");
        assertThat(supportOf(prefix)).as("only the record kept before").isEqualTo(1);
    }

    @Test
    void a_sen_support_import_that_fails_part_way_leaves_no_record_of_it_written() {
        childrenImported(1500, school.id());
        List<MigratedSupport> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(new MigratedSupport(i + 2, prefix + i, null, null, LocalDate.of(2024, 9, 2), NeedCode.SLCN, null));
        }
        assertThatThrownBy(() -> support.importSupport(many, adminViewer, done -> {
            if (done >= 1000) {
                throw new IllegalStateException("stopped mid-import");
            }
        }, 0L)).hasMessageContaining("stopped mid-import");

        assertThat(supportOf(prefix)).isZero();
    }

    // --- the page ---

    @Test
    void the_page_offers_both_files_and_their_templates_and_refuses_a_file_without_the_columns_on_the_form()
            throws Exception {
        String page = mvc.perform(get("/admin/imports").with(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("/admin/imports/plans", "/admin/imports/sen-support",
                "/admin/imports/templates/plans.csv", "/admin/imports/templates/sen-support.csv");
        assertThat(mvc.perform(get("/admin/imports/templates/plans.csv").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith(String.join(",", PlansFile.COLUMNS) + "\r\n");
        assertThat(mvc.perform(get("/admin/imports/templates/sen-support.csv").with(admin)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .startsWith(String.join(",", SupportFile.COLUMNS) + "\r\n");

        for (String[] form : new String[][] {{"/admin/imports/plans", "plansFile"},
                {"/admin/imports/sen-support", "supportFile"}}) {
            MockHttpServletResponse response = mvc.perform(multipart(form[0])
                            .file(new MockMultipartFile(form[1], "x.csv", "text/csv",
                                    "child_reference,upn\r\nA,\r\n".getBytes(StandardCharsets.UTF_8)))
                            .with(admin).with(csrf()))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("govuk-error-summary", "href=\"#" + form[1] + "\"",
                    "The file is missing these columns");
        }
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        mvc.perform(get("/admin/imports/templates/plans.csv").with(SignedIn.as(caseworker)))
                .andExpect(status().isForbidden());
    }

    // --- helpers ---

    /** Children imported with references prefix0..; each with a UPN; on roll at {@code settingId} if given. */
    private List<String> childrenImported(int count, Long settingId) {
        List<MigratedChild> rows = new ArrayList<>();
        List<String> upns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String upn = upn();
            upns.add(upn);
            rows.add(new MigratedChild(i + 2, prefix + i, "Given", "Family" + i, LocalDate.of(2015, 1, 1), Upn.of(upn),
                    null, Postcode.of(district + " 1AA"), settingId,
                    new CarerDetails("Sam", "Family" + i, Relationship.PARENT, true, null, null, null, null)));
        }
        children.importChildren(rows, adminViewer, done -> { }, 0L);
        return upns;
    }

    private MigratedPlan plan(String reference, LocalDate issued) {
        return new MigratedPlan(2, reference, null, issued, MigratedPlan.Status.ACTIVE, school.id(), NeedCode.ASD, null,
                null, null);
    }

    private static String upn() {
        int n = Fixtures.next();
        return Upn.generate(997, n % 10000, 17, n % 1000).value();
    }

    private static byte[] plansFile(String... rows) {
        return (String.join(",", PlansFile.COLUMNS) + "\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] supportFile(String... rows) {
        return (String.join(",", SupportFile.COLUMNS) + "\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long plansOf(String prefix) {
        return jdbc.sql("select count(*) from ehc_plan p join child c on c.id = p.child_id where c.migration_reference like :p")
                .param("p", prefix + "%").query(Long.class).single();
    }

    private long versionsOf(String prefix) {
        return jdbc.sql("""
                        select count(*) from plan_version v join ehc_plan p on p.id = v.plan_id
                        join child c on c.id = p.child_id where c.migration_reference like :p""")
                .param("p", prefix + "%").query(Long.class).single();
    }

    private long supportOf(String prefix) {
        return jdbc.sql("""
                        select count(*) from sen_support_record r join child c on c.id = r.child_id
                        where c.migration_reference like :p""").param("p", prefix + "%").query(Long.class).single();
    }

    private String child(String reference, String column) {
        return jdbc.sql("select " + column + " from child where migration_reference = :r").param("r", reference)
                .query(String.class).single();
    }

    private String report(ImportView refused) {
        return imports.errorReport(refused.id(), adminViewer).orElseThrow();
    }

    /** Uploads a migration file and waits for the background import to finish. */
    private ImportView upload(String action, String field, byte[] file) throws Exception {
        return ImportUploads.upload(mvc, admin, imports, adminViewer, action, field, file);
    }
}
