package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The commissioner's KPI and SEN2 pages: reached from the home page, dated, filtered by the address, downloadable
 * as CSV, and refused to every other role. One footprint of its own with one plan issued on time this month.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommissionerPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    AccountView commissioner;
    FootprintView footprint;
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    @BeforeAll
    void aPlanIssuedOnTime() {
        commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        footprint = fixtures.footprint();
        SettingView school = fixtures.school(footprint);
        long child = fixtures.child(footprint, school, null);
        jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons,
                               decided_to_assess_on, decided_to_issue_on, draft_issued_on, final_issued_on, named_setting_id)
                        values (:child, 'FINAL', 'PARENT', cast(:received as date), 'Reasons', cast(:today as date),
                                cast(:today as date), cast(:today as date), cast(:today as date), :school)""")
                .param("child", child).param("received", today.minusDays(140).toString())
                .param("today", today.toString()).param("school", school.id()).update();
    }

    @Test
    void the_home_page_is_dated_and_links_to_the_kpis_and_the_sen2_return() throws Exception {
        mvc.perform(get("/commissioner").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/commissioner/kpis\"")))
                .andExpect(content().string(containsString("href=\"/commissioner/sen2\"")))
                .andExpect(content().string(containsString("Figures as at")));
    }

    @Test
    void the_kpis_for_one_footprint_count_its_plan_within_20_weeks_and_say_when() throws Exception {
        String html = mvc.perform(get("/commissioner/kpis").param("footprint", String.valueOf(footprint.id()))
                        .param("period", "LAST_12_MONTHS").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Figures as at").contains(footprint.name())
                .contains("fewer than 5 of fewer than 5 (withheld)")
                .contains("Active EHC plans on")
                .contains("Late steps", "Decisions whether to assess made after 6 weeks",
                        "Final plans issued after 20 weeks, excluding exceptions",
                        "Overdue and not yet taken on "
                                + today.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)));
    }

    @Test
    void the_whole_area_and_every_period_answer() throws Exception {
        for (String period : new String[] {"LAST_12_MONTHS", "THIS_CALENDAR_YEAR", "LAST_CALENDAR_YEAR",
                "THIS_FINANCIAL_YEAR", "LAST_FINANCIAL_YEAR"}) {
            mvc.perform(get("/commissioner/kpis").param("period", period).with(SignedIn.as(commissioner)))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("the whole area")));
        }
    }

    @Test
    void an_unknown_footprint_is_not_found_and_an_unknown_period_a_bad_request() throws Exception {
        mvc.perform(get("/commissioner/kpis").param("footprint", "99999999").with(SignedIn.as(commissioner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/commissioner/kpis").param("period", "FOREVER").with(SignedIn.as(commissioner)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/commissioner/sen2").param("year", "1999").with(SignedIn.as(commissioner)))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_kpi_csv_has_a_line_a_month_and_a_total() throws Exception {
        String csv = mvc.perform(get("/commissioner/kpis.csv").param("footprint", String.valueOf(footprint.id()))
                        .with(SignedIn.as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsString();
        // the monthly table and its total, then the late steps, overdue steps, reviews and appeals (12 lines), then
        // educated in the area, the tables by phase, need and setting type, and SEN Support reviewed
        String[] all = csv.split("\r\n");
        int late = java.util.Arrays.asList(all).indexOf(java.util.Arrays.stream(all)
                .filter(l -> l.startsWith("Late steps,")).findFirst().orElseThrow());
        String[] lines = java.util.Arrays.copyOf(all, late);
        assertThat(all[late + 12]).startsWith("Active plans naming a setting in section I,");
        assertThat(all[late + 15]).startsWith("By phase of education").contains(",Requests received,Assessments begun,");
        assertThat(all[all.length - 1]).startsWith("Total,");
        assertThat(lines[0]).startsWith("Month,");
        assertThat(lines).hasSizeBetween(14, 15);
        assertThat(lines[lines.length - 1]).startsWith("Total,fewer than 5,fewer than 5,fewer than 5,withheld,");
    }

    @Test
    void the_sen2_page_gives_each_count_its_definition_and_the_csv_the_same_lines() throws Exception {
        mvc.perform(get("/commissioner/sen2").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Census date")))
                .andExpect(content().string(containsString("reg 13(2)")))
                .andExpect(content().string(containsString("/commissioner/sen2.csv?year=")));
        String csv = mvc.perform(get("/commissioner/sen2.csv").param("year", "2027").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")[0]).isEqualTo("Module,Item,Code,Value,Definition");
        assertThat(csv).contains("0,Census date,,2027-01-21,").contains("4a,New EHC plans issued,,");
    }

    @Test
    void no_other_role_reaches_the_commissioners_figures() throws Exception {
        var accounts = SignedIn.oneAccountPerRole(fixtures);
        for (Role role : Role.values()) {
            if (role == Role.COMMISSIONER) {
                continue;
            }
            AccountView other = accounts.get(role);
            for (String page : new String[] {"/commissioner/kpis", "/commissioner/kpis.csv", "/commissioner/sen2",
                    "/commissioner/sen2.csv", "/commissioner/placements", "/commissioner/placements/register",
                    "/commissioner/placements/new", "/commissioner/resource-bases"}) {
                mvc.perform(get(page).with(SignedIn.as(other))).andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void a_commissioner_records_a_placement_from_the_form_and_sees_it_by_reference_in_the_register() throws Exception {
        long inmss = jdbc.sql("""
                        insert into setting (urn, name, type, phase, footprint_id)
                        values (:urn, 'Pages Independent School', 'INMSS', 'ALL_THROUGH', :footprint) returning id""")
                .param("urn", String.valueOf(700000 + Fixtures.next())).param("footprint", footprint.id())
                .query(Long.class).single();
        mvc.perform(get("/commissioner/placements/new").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Pages Independent School")));
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/commissioner/placements/new")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(SignedIn.as(commissioner))
                .param("settingId", String.valueOf(inmss)).param("footprintId", String.valueOf(footprint.id()))
                .param("primaryNeed", "ASD")
                .param("startDay", "1").param("startMonth", "9").param("startYear", String.valueOf(today.getYear() - 1))
                .param("endDay", "31").param("endMonth", "7").param("endYear", String.valueOf(today.getYear() + 3))
                .param("annualCost", "£52,000.50").param("educationShare", "80").param("socialCareShare", "20")
                .param("healthShare", "0").param("expectedDurationMonths", "48").param("agreedOutcomes", "Attends full time")
                .param("transferDay", "1").param("transferMonth", "9").param("transferYear", String.valueOf(today.getYear() + 2))
                .param("transferTo", "Local college").param("met", "1", "2", "3", "4")
                .param("evidence", "Panel minutes", "Outreach reviews", "Panel decision", "Health and care shares");
        String location = mvc.perform(form).andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/commissioner/placements/");
        String page = mvc.perform(get(location).with(SignedIn.as(commissioner))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("INMSS-").contains("£52,000.50").contains("£208,002.00").contains("Approve");
        mvc.perform(get("/commissioner/placements/register").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Pages Independent School")));
        mvc.perform(get("/commissioner/placements").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Transfer points due")));
    }

    @Test
    void shares_that_do_not_add_up_come_back_with_the_error_summary_and_everything_typed_kept() throws Exception {
        var form = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/commissioner/placements/new")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .with(SignedIn.as(commissioner))
                .param("educationShare", "80").param("socialCareShare", "30").param("healthShare", "0")
                .param("agreedOutcomes", "Kept outcomes").param("evidence", "Kept evidence", "", "", "");
        String html = mvc.perform(form).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary").contains("Kept outcomes").contains("Kept evidence")
                .contains("Enter the evidence for criterion 2");
    }
}
