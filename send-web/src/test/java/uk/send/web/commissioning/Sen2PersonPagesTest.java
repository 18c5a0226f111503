package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.returns.Sen2Returns;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The person-level SEN2 pages by role: an administrator lists every finding and downloads the return (audited); a
 * caseworker lists only their footprints' children, each linked to the page where the fix is made; a commissioner
 * sees counts by rule and never a child's name, and is refused the lists and the file; bad filters are a page not
 * found or a bad request, never a failure.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class Sen2PersonPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sen2Returns returns;

    AccountView admin;
    AccountView caseworker;
    AccountView commissioner;
    int year;
    long mine;
    long mineRequest;
    long theirs;
    String mineName;
    String theirName;

    @BeforeAll
    void twoFootprints() {
        FootprintView here = fixtures.footprint();
        FootprintView there = fixtures.footprint();
        admin = fixtures.account(Role.ADMIN, null, Set.of());
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(here.id()));
        commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        year = returns.currentYear();
        LocalDate census = Sen2Returns.censusDate(year);
        mineName = "Mine" + Fixtures.next();
        theirName = "Theirs" + Fixtures.next();
        mine = child(here, mineName, census.minusYears(9));
        mineRequest = request(mine, census.minusDays(60));
        theirs = child(there, theirName, census.minusYears(9));
        request(theirs, census.minusDays(60));
    }

    @Test
    void an_administrator_sees_every_child_s_findings_linked_to_the_child_s_record() throws Exception {
        String html = mvc.perform(get("/admin/sen2").param("year", String.valueOf(year)).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("/admin/sen2/return.xml", "/admin/sen2/checks.csv");
        // the whole area's findings (other tests' children too): the CSV has every one
        String csv = mvc.perform(get("/admin/sen2/checks.csv").param("year", String.valueOf(year)).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(mineName, theirName, "/children/" + mine);
    }

    @Test
    void a_caseworker_sees_only_their_footprints_with_the_assessment_to_fix() throws Exception {
        String html = mvc.perform(get("/caseworker/sen2-checks").param("rule", "DECISION_OVERDUE")
                        .with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(mineName, "/caseworker/assessments/" + mineRequest).doesNotContain(theirName)
                .doesNotContain("/admin/sen2/return.xml");
        String csv = mvc.perform(get("/caseworker/sen2-checks.csv").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.matchesPattern(
                        "attachment; filename=\"sen2-checks-[0-9]{4}\\.csv\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains(mineName).doesNotContain(theirName);
    }

    @Test
    void the_checks_csv_is_recorded_as_a_download_like_every_other_list() throws Exception {
        mvc.perform(get("/caseworker/sen2-checks.csv").param("rule", "DECISION_OVERDUE").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk());

        var row = jdbc.sql("""
                        select action, entity_type, entity_id, detail from audit_event where actor_id = :a
                        and action in ('DOWNLOADED', 'DATA_EXPORTED') order by id desc limit 1""")
                .param("a", caseworker.id()).query().singleRow();
        assertThat(row).containsEntry("action", "DOWNLOADED").containsEntry("entity_type", "EXPORT")
                .containsEntry("entity_id", "sen2-checks");
        assertThat(row.get("detail").toString()).startsWith("SEN2 checks for the census of ")
                .endsWith(", rule DECISION_OVERDUE");
    }

    @Test
    void the_person_level_file_is_the_administrator_s_and_its_download_is_audited() throws Exception {
        long before = downloads();
        String xml = mvc.perform(get("/admin/sen2/return.xml").param("year", String.valueOf(year)).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(xml).contains("<Collection>SEN2</Collection>", "<Surname>" + mineName + "</Surname>");
        assertThat(downloads()).isEqualTo(before + 1);
        for (AccountView refused : new AccountView[] {commissioner, caseworker}) {
            mvc.perform(get("/admin/sen2/return.xml").with(SignedIn.as(refused))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/sen2").with(SignedIn.as(refused))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/caseworker/sen2-checks").with(SignedIn.as(commissioner))).andExpect(status().isForbidden());
        mvc.perform(get("/caseworker/sen2-checks").with(SignedIn.as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void a_commissioner_sees_counts_by_rule_and_no_child() throws Exception {
        String html = mvc.perform(get("/commissioner/sen2").param("year", String.valueOf(year))
                        .with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Records breaking the return’s rules").doesNotContain(mineName, theirName);
    }

    @Test
    void bad_filters_are_not_found_or_a_bad_request_and_a_page_out_of_range_is_empty() throws Exception {
        mvc.perform(get("/admin/sen2").param("year", "1999").with(SignedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/sen2").param("year", "abc").with(SignedIn.as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/sen2").param("rule", "NOT_A_RULE").with(SignedIn.as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/sen2").param("page", "-4").with(SignedIn.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/sen2").param("page", "99999999").with(SignedIn.as(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/sen2/return.xml").param("year", "2001").with(SignedIn.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/caseworker/sen2-checks.csv").param("rule", "<x>").with(SignedIn.as(caseworker)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_kpi_csv_has_the_late_steps_the_page_shows() throws Exception {
        String csv = mvc.perform(get("/commissioner/kpis.csv").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Late steps", "Decisions whether to assess made after 6 weeks",
                "Final plans issued after 20 weeks, excluding exceptions", "Requests still waiting for a decision after 6 weeks",
                "Annual review meetings held by their due date", "Appeals registered with the SEND tribunal in the period");
        String html = mvc.perform(get("/commissioner/kpis").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Annual reviews and appeals", "Mediations held in the period", "/area/sen-support");
    }

    private long downloads() {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and entity_id = 'sen2-person-xml'")
                .query(Long.class).single();
    }

    private long child(FootprintView home, String family, LocalDate born) {
        return jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need)
                        values ('Test', :family, :born, :home, 'ASD') returning id""")
                .param("family", family).param("born", java.sql.Date.valueOf(born)).param("home", home.id())
                .query(Long.class).single();
    }

    private long request(long child, LocalDate received) {
        return jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons)
                        values (:child, 'REQUESTED', 'PARENT', :received, 'Reasons') returning id""")
                .param("child", child).param("received", java.sql.Date.valueOf(received)).query(Long.class).single();
    }
}
