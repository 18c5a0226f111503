package uk.send.web.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.Postcode;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.reference.Upn;
import uk.send.domain.testing.Fixtures;
import uk.send.domain.transfer.DataImports;
import uk.send.domain.transfer.ImportKind;
import uk.send.domain.transfer.ImportStatus;
import uk.send.domain.transfer.ImportView;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.MigratedAward;
import uk.send.funding.topup.ProRata;
import uk.send.funding.topup.TopUpFunding;
import uk.send.web.security.SignedIn;

/**
 * The caseload migration's top-up awards file, for children already imported: checked whole (every rule reported
 * row by row, nothing written while any row is refused), written in one transaction (a failure part way leaves no
 * award and no budget taken), changes nothing when imported again, and takes each award's cost from the
 * footprint's budget for each year it spans exactly as a panel approval does — an award that would go over is a
 * refused row.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AwardsMigrationTest {

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
    FundingSettings fundingSettings;
    @Autowired
    TopUpFunding funding;
    @Autowired
    JdbcClient jdbc;

    RequestPostProcessor admin;
    Viewer adminViewer;
    Viewer commissioner;
    Viewer panel;
    FootprintView footprint;
    String district;
    SettingView school;
    String prefix;
    String band;
    FinancialYear year;

    @BeforeEach
    void aSchoolInAFootprintWithABandAndABudgetForThisFinancialYear() {
        AccountView account = fixtures.account(Role.ADMIN, null, Set.of());
        admin = SignedIn.as(account);
        adminViewer = new Viewer(account.id(), account.email(), Role.ADMIN, Set.of(), null);
        AccountView c = fixtures.account(Role.COMMISSIONER, null, Set.of());
        commissioner = new Viewer(c.id(), c.email(), Role.COMMISSIONER, Set.of(), null);
        footprint = fixtures.footprint();
        AccountView p = fixtures.account(Role.PANEL, null, Set.of(footprint.id()));
        panel = new Viewer(p.id(), p.email(), Role.PANEL, Set.of(footprint.id()), null);
        district = "ZW" + (Fixtures.next() % 90 + 10);
        reference.coverPostcodes(footprint.id(), List.of(district), adminViewer);
        school = reference.createSetting(new SettingDetails(String.valueOf(700000 + Fixtures.next()),
                "Awards Primary " + Fixtures.next(), SettingType.MAINSTREAM_MAINTAINED, Phase.PRIMARY, footprint.id(),
                null, true), adminViewer);
        prefix = "AW" + Fixtures.next() + "-";
        band = "Migration band " + Fixtures.next();
        fundingSettings.addBand(commissioner, band, null, 600_000);
        year = FinancialYear.of(LocalDate.now());
        fundingSettings.setBudget(commissioner, footprint.id(), year, 1_000_000);
    }

    @Test
    void an_awards_file_takes_each_cost_from_the_budget_as_an_approval_does_and_importing_it_again_changes_nothing()
            throws Exception {
        List<String> upns = childrenImported(2);
        LocalDate first = year.firstDay();
        LocalDate half = first.plusMonths(6);
        byte[] file = awardsFile(
                // the band's value; the same child again for the second half of the year; a value given, by UPN
                prefix + "0,," + school.urn() + "," + band.toUpperCase() + "," + first + "," + half.minusDays(1) + ",,"
                        + first.plusMonths(5),
                prefix + "0,," + school.urn() + "," + band + "," + half + "," + year.lastDay() + ",," + year.lastDay(),
                "," + upns.get(1) + "," + school.urn() + "," + band + "," + first + "," + year.lastDay() + ",120000,"
                        + first.plusMonths(11));
        long expected = ProRata.total(600_000, first, half.minusDays(1)) + ProRata.total(600_000, half, year.lastDay())
                + 120_000;

        ImportView imported = upload(file);

        assertThat(imported.status()).as(imported.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(imported.summary()).contains("3 top-up awards added", "0 already recorded");
        assertThat(awardsOf(prefix)).isEqualTo(3);
        assertThat(allocated()).as("the budget row holds the costs, as an approval leaves it").isEqualTo(expected);
        assertThat(jdbc.sql("""
                        select sum(k.cost_pence) from top_up_award_cost k join top_up_award a on a.id = k.award_id
                        join child c on c.id = a.child_id where c.migration_reference like :p""")
                .param("p", prefix + "%").query(Long.class).single()).isEqualTo(expected);
        BudgetPosition position = funding.budgets(panel, year).get(0);
        assertThat(position.committed().pence() + position.spent().pence()).isEqualTo(expected);
        assertThat(position.remaining().pence()).isEqualTo(1_000_000 - expected);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'TOP_UP_AWARDS_IMPORTED' and entity_id = :id")
                .param("id", String.valueOf(imported.id())).query(Long.class).single()).isEqualTo(1);
        // the panel reviews a migrated award as any other: its page says where its application is
        long awardId = jdbc.sql("""
                        select a.id from top_up_award a join child c on c.id = a.child_id
                        where c.migration_reference = :r and a.starts_on = :s""")
                .param("r", prefix + "0").param("s", first).query(Long.class).single();
        assertThat(mvc.perform(get("/panel/awards/" + awardId).with(SignedIn.as(fixtures.account(Role.PANEL, null,
                        Set.of(footprint.id()))))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("brought across from the previous system");

        ImportView again = upload(file);

        assertThat(again.status()).as(again.summary()).isEqualTo(ImportStatus.DONE);
        assertThat(again.summary()).contains("0 top-up awards added", "3 already recorded");
        assertThat(awardsOf(prefix)).isEqualTo(3);
        assertThat(allocated()).isEqualTo(expected);
    }

    @Test
    void every_rule_of_an_award_row_is_reported_by_row_and_column_and_nothing_is_written() throws Exception {
        childrenImported(1);
        LocalDate first = year.firstDay();
        String ok = school.urn() + "," + band + "," + first + "," + first.plusMonths(3) + ",,"
                + first.plusMonths(2);
        byte[] file = awardsFile(
                prefix + "0,," + ok,                                                                        // 2: fine
                prefix + "0,BADUPN," + ok,                                                                  // 3
                prefix + "0,,999999," + band + "," + first + "," + first.plusMonths(3) + ",," + first,        // 4
                prefix + "0,,12AB," + band + "," + first + "," + first.plusMonths(3) + ",," + first,          // 5
                prefix + "0,," + school.urn() + ",," + first + "," + first.plusMonths(3) + ",," + first,      // 6
                prefix + "0,," + school.urn() + "," + band + ",31/02/2026," + first + ",," + first,           // 7
                prefix + "0,," + school.urn() + "," + band + "," + first + "," + first.minusDays(1) + ",," + first, // 8
                prefix + "0,," + school.urn() + "," + band + "," + first + "," + first.plusMonths(12) + ",," + first, // 9
                prefix + "0,," + school.urn() + "," + band + "," + first + "," + first.plusMonths(3) + ",,"
                        + first.plusMonths(4),                                                              // 10
                prefix + "0,," + school.urn() + "," + band + "," + first + "," + first.plusMonths(3) + ",12.50,"
                        + first,                                                                            // 11
                prefix + "0,," + school.urn() + "," + band + "," + first + "," + first.plusMonths(3) + ",0," + first, // 12
                ",," + ok,                                                                                  // 13
                prefix + "0,," + school.urn() + ",=HYPERLINK(1)," + first + ",2101-01-01,," + first);         // 14

        ImportView refused = upload(file);

        assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
        String report = report(refused);
        assertThat(report).contains(
                "3,upn,Not a valid UPN",
                "4,setting_urn,No setting has this URN",
                "5,setting_urn,A URN is 6 digits",
                "6,band,Enter a value",
                "7,start_date,Enter the date as YYYY-MM-DD or DD/MM/YYYY",
                "8,end_date,The award ends before it starts",
                "9,end_date,An award lasts at most a year",
                "10,review_date,The review date must be within the award",
                "11,annual_value_pence,\"Enter the annual value in whole pence",
                "12,annual_value_pence,\"Enter the annual value in whole pence",
                "13,child_reference,\"Give the child’s reference",
                "14,end_date,The date must be 2100 or earlier")
                .doesNotContain("HYPERLINK");
        assertThat(report.lines().filter(l -> l.startsWith("2,"))).as("the good row is not reported").isEmpty();
        assertThat(awardsOf(prefix)).as("nothing written, not even the good row").isZero();
        assertThat(allocated()).isZero();
    }

    @Test
    void the_rules_only_the_database_can_check_the_budget_among_them_refuse_the_whole_file() throws Exception {
        childrenImported(8);
        LocalDate first = year.firstDay();
        LocalDate q2 = first.plusMonths(3);
        String urn = school.urn();
        // already recorded: child 4 from the first day, for three months, at the band's value
        ImportView before = upload(awardsFile(prefix + "4,," + urn + "," + band + "," + first + "," + q2.minusDays(1)
                + ",," + first.plusMonths(2)));
        assertThat(before.status()).as(before.summary()).isEqualTo(ImportStatus.DONE);
        long taken = allocated();
        long quarter = ProRata.total(600_000, q2, first.plusMonths(6).minusDays(1));
        // room left for two quarters' awards at the band's value and a week's, not three quarters'
        fundingSettings.setBudget(commissioner, footprint.id(), year, taken + 2 * quarter + 20_000);
        String period = "," + q2 + "," + first.plusMonths(6).minusDays(1) + ",," + first.plusMonths(5);
        byte[] file = awardsFile(
                prefix + "0,," + urn + "," + band + period,                                                   // 2: fits
                prefix + "9,," + urn + "," + band + period,                                                   // 3: no child
                prefix + "1,," + urn + ",No such band" + period,                                              // 4
                prefix + "4,," + urn + "," + band + "," + first + "," + q2.minusDays(1) + ",250000," + first,  // 5: differs
                prefix + "4,," + urn + "," + band + "," + first.plusMonths(1) + "," + q2 + ",," + q2,         // 6: overlaps
                prefix + "0,," + urn + "," + band + "," + q2.plusDays(10) + "," + q2.plusMonths(4) + ",,"
                        + q2.plusMonths(1),                                                                 // 7: in file
                prefix + "2,," + urn + "," + band + ",2014-01-01,2014-06-30,,2014-03-01",                   // 8: before birth
                prefix + "3,," + urn + "," + band + "," + year.next().next().firstDay() + ","
                        + year.next().next().firstDay().plusMonths(2) + ",," + year.next().next().firstDay(), // 9: no budget
                prefix + "5,," + urn + "," + band + period,                                                   // 10: fits
                prefix + "6,," + urn + "," + band + period,                                                   // 11: over
                prefix + "7,," + urn + "," + band + "," + q2 + "," + q2.plusDays(6) + ",," + q2);            // 12: small, fits

        ImportView refused = upload(file);

        assertThat(refused.status()).isEqualTo(ImportStatus.INVALID);
        String report = report(refused);
        assertThat(report).contains(
                "3,child_reference,No child has this reference",
                "4,band,No band has this name",
                "5,start_date,\"The child already has an award from this date with other values",
                "6,start_date,The child already has an award for part of this period",
                "7,start_date,The child has an award for part of this period on an earlier row",
                "8,start_date,The award starts before the child was born",
                "9,start_date,The footprint has no top-up budget",
                "11,band,The award would take the footprint over its top-up budget");
        assertThat(report.lines().map(l -> l.substring(0, l.indexOf(','))))
                .as("the rows that fit are not reported").doesNotContain("2", "10", "12");
        assertThat(awardsOf(prefix)).as("only the award recorded before").isEqualTo(1);
        assertThat(allocated()).isEqualTo(taken);
    }

    @Test
    void an_awards_import_that_fails_part_way_leaves_no_award_and_no_budget_taken() {
        childrenImported(1500);
        fundingSettings.setBudget(commissioner, footprint.id(), year, 10_000_000_000L);
        long importId = imports.upload(ImportKind.AWARDS, ImportStatus.QUEUED, "awards.csv",
                "x".getBytes(StandardCharsets.UTF_8), adminViewer);
        List<MigratedAward> many = new ArrayList<>();
        for (int i = 0; i < 1500; i++) {
            many.add(new MigratedAward(i + 2, prefix + i, null, school.id(), band, year.firstDay(),
                    year.firstDay().plusMonths(2), year.firstDay().plusMonths(1), null));
        }
        // the process stops once the first batch of 1,000 awards is written, as a killed process would
        assertThatThrownBy(() -> funding.importAwards(many, adminViewer, done -> {
            if (done >= 1000) {
                throw new IllegalStateException("stopped mid-import");
            }
        }, importId)).hasMessageContaining("stopped mid-import");

        assertThat(awardsOf(prefix)).isZero();
        assertThat(allocated()).isZero();
        assertThat(jdbc.sql("select count(*) from top_up_award where migrated_by_import_id = :id").param("id", importId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_page_offers_the_file_and_its_template_and_refuses_a_file_without_the_columns_on_the_form()
            throws Exception {
        String page = mvc.perform(get("/admin/imports").with(admin)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("action=\"/admin/imports/awards\"", "/admin/imports/templates/awards.csv");
        String template = mvc.perform(get("/admin/imports/templates/awards.csv").with(admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(template).startsWith(String.join(",", AwardsFile.COLUMNS) + "\r\n");

        MockHttpServletResponse response = mvc.perform(multipart("/admin/imports/awards")
                        .file(new MockMultipartFile("awardsFile", "x.csv", "text/csv",
                                "child_reference,upn\r\nA,\r\n".getBytes(StandardCharsets.UTF_8)))
                        .with(admin).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("govuk-error-summary", "href=\"#awardsFile\"",
                "The file is missing these columns: setting_urn, band");
        assertThat(mvc.perform(multipart("/admin/imports/awards").file(new MockMultipartFile("awardsFile", "x.csv",
                        "text/csv", new byte[0])).with(admin).with(csrf())).andReturn().getResponse()
                .getContentAsString()).contains("Select a CSV file");
        // no file part at all, or text where the file goes: never a server error
        assertThat(mvc.perform(post("/admin/imports/awards").with(admin).with(csrf()).param("awardsFile", "text"))
                .andReturn().getResponse().getStatus()).isLessThan(500);
        assertThat(mvc.perform(post("/admin/imports/awards").with(admin).with(csrf()))
                .andReturn().getResponse().getStatus()).isLessThan(500);

        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        mvc.perform(get("/admin/imports/templates/awards.csv").with(SignedIn.as(caseworker)))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/imports/awards").file(new MockMultipartFile("awardsFile", "x.csv", "text/csv",
                template.getBytes(StandardCharsets.UTF_8))).with(SignedIn.as(caseworker)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    // --- helpers ---

    /** Children imported with references prefix0.. (a few with a UPN), born in 2015, living in the footprint. */
    private List<String> childrenImported(int count) {
        List<MigratedChild> rows = new ArrayList<>();
        List<String> upns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = Fixtures.next();
            String upn = count > 10 ? null : Upn.generate(996, n % 10000, 17, n % 1000).value();
            upns.add(upn);
            rows.add(new MigratedChild(i + 2, prefix + i, "Given", "Family" + i, LocalDate.of(2015, 1, 1),
                    upn == null ? null : Upn.of(upn),
                    null, Postcode.of(district + " 1AA"), school.id(),
                    new CarerDetails("Sam", "Family" + i, Relationship.PARENT, true, null, null, null, null)));
        }
        children.importChildren(rows, adminViewer, done -> { }, 0L);
        return upns;
    }

    private static byte[] awardsFile(String... rows) {
        return (String.join(",", AwardsFile.COLUMNS) + "\r\n" + String.join("\r\n", rows) + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private long awardsOf(String prefix) {
        return jdbc.sql("select count(*) from top_up_award a join child c on c.id = a.child_id where c.migration_reference like :p")
                .param("p", prefix + "%").query(Long.class).single();
    }

    /** What awards have taken from the footprint's budget this financial year. */
    private long allocated() {
        return jdbc.sql("select top_up_allocated_pence from footprint_budget where footprint_id = :f and financial_year = :y")
                .param("f", footprint.id()).param("y", year.startYear()).query(Long.class).single();
    }

    private String report(ImportView refused) {
        return imports.errorReport(refused.id(), adminViewer).orElseThrow();
    }

    /** Uploads an awards file and waits for the background import to finish. */
    private ImportView upload(byte[] file) throws Exception {
        return ImportUploads.upload(mvc, admin, imports, adminViewer, "/admin/imports/awards", "awardsFile", file);
    }
}
