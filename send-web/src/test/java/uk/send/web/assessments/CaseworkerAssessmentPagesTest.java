package uk.send.web.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.Stage;
import uk.send.web.security.SignedIn;

/**
 * A caseworker records a request and takes it through the steps in the browser's way (forms and
 * redirects); other roles and other footprints are refused; bad input comes back with its errors and
 * nothing lost; a stale page cannot overwrite a newer change.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CaseworkerAssessmentPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    AccountService accounts;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Fixtures.TwoFamilies families;
    AccountView caseworker;
    LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

    @BeforeEach
    void aCaseworkerInTheNorth() {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
    }

    private MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate date) {
        return request.param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear()));
    }

    private long recordRequest(LocalDate received) throws Exception {
        String location = mvc.perform(dated(post("/caseworker/assessments").param("child", String.valueOf(families.ownChild())), received)
                        .param("requestedBy", "PARENT").param("text", "Not progressing despite support")
                        .param("version", "0").with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private int version(long id) {
        return assessments.view(accounts.viewer(caseworker.id()).orElseThrow(), id).version();
    }

    @Test
    void a_request_opens_a_case_whose_page_shows_the_six_week_decision_date() throws Exception {
        LocalDate received = today.minusDays(3);
        long id = recordRequest(received);

        mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Request received")))
                .andExpect(content().string(containsString("Decide whether to assess")))
                .andExpect(content().string(containsString(
                        received.plusWeeks(6).format(java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")))));
        mvc.perform(get("/caseworker").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/caseworker/assessments/" + id)))
                .andExpect(content().string(containsString(
                        "<div class=\"app-table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"Open EHC needs assessments\">")));
    }

    @Test
    void a_step_page_asks_only_for_what_that_step_needs() throws Exception {
        long id = recordRequest(today.minusDays(10));

        mvc.perform(get("/caseworker/assessments/{id}/steps/decide-to-assess", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"day\"")))
                .andExpect(content().string(not(containsString("<textarea"))))
                .andExpect(content().string(not(containsString("name=\"reason\""))));
        mvc.perform(get("/caseworker/assessments/{id}/steps/refuse", id).with(SignedIn.as(caseworker)))
                .andExpect(content().string(containsString("<textarea")));
    }

    @Test
    void a_step_moves_the_case_on_and_returns_to_it_with_a_confirmation() throws Exception {
        long id = recordRequest(today.minusDays(10));

        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/decide-to-assess", id), today.minusDays(1))
                        .param("version", String.valueOf(version(id))).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(redirectedUrl("/caseworker/assessments/" + id));

        assertThat(assessments.view(accounts.viewer(caseworker.id()).orElseThrow(), id).stage()).isEqualTo(Stage.ASSESSING);
    }

    @Test
    void a_missing_date_comes_back_with_the_error_summary_and_the_text_kept() throws Exception {
        long id = recordRequest(today.minusDays(10));

        mvc.perform(post("/caseworker/assessments/{id}/steps/refuse", id).param("text", "My carefully written reasons")
                        .param("version", String.valueOf(version(id))).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter the date")))
                .andExpect(content().string(containsString("href=\"#day\"")))
                .andExpect(content().string(containsString("My carefully written reasons")));
    }

    @Test
    void an_illegal_step_is_refused_with_the_reason_and_the_case_unchanged() throws Exception {
        long id = recordRequest(today.minusDays(10));

        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/issue-draft", id), today)
                        .param("version", String.valueOf(version(id))).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That step cannot be taken at this stage")));
        assertThat(assessments.view(accounts.viewer(caseworker.id()).orElseThrow(), id).stage()).isEqualTo(Stage.REQUESTED);
    }

    @Test
    void a_step_dated_before_the_request_is_refused() throws Exception {
        long id = recordRequest(today.minusDays(10));

        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/decide-to-assess", id), today.minusDays(20))
                        .param("version", String.valueOf(version(id))).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("on or after the date of the step before it")));
    }

    @Test
    void a_page_opened_before_someone_else_changed_the_case_gets_the_conflict_page() throws Exception {
        long id = recordRequest(today.minusDays(10));
        int stale = version(id);
        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/decide-to-assess", id), today)
                .param("version", String.valueOf(stale)).with(csrf()).with(SignedIn.as(caseworker)));

        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/refuse", id), today).param("text", "reasons")
                        .param("version", String.valueOf(stale)).with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Someone else has changed this record")));
    }

    @Test
    void a_caseworker_in_another_footprint_cannot_open_or_change_the_case() throws Exception {
        long id = recordRequest(today.minusDays(10));
        AccountView other = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));

        mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(other))).andExpect(status().isNotFound());
        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/decide-to-assess", id), today)
                        .param("version", "0").with(csrf()).with(SignedIn.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/caseworker").with(SignedIn.as(other)))
                .andExpect(content().string(not(containsString("/caseworker/assessments/" + id + "\""))));
    }

    @Test
    void a_caseworker_cannot_open_a_request_for_a_child_outside_their_footprints() throws Exception {
        mvc.perform(dated(post("/caseworker/assessments").param("child", String.valueOf(families.otherChild())), today)
                        .param("requestedBy", "PARENT").param("text", "reasons").param("version", "0")
                        .with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().isNotFound());
    }

    @Test
    void other_roles_are_refused_the_caseload_and_the_case() throws Exception {
        long id = recordRequest(today.minusDays(10));
        for (Role role : new Role[] {Role.PARENT, Role.SENCO, Role.PANEL, Role.COMMISSIONER, Role.ADMIN}) {
            AccountView someone = fixtures.account(role, role.isSettingScoped() ? families.northSchool().id() : null,
                    role.isFootprintScoped() ? Set.of(families.north().id()) : Set.of());
            mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/caseworker/caseload.csv").with(SignedIn.as(someone))).andExpect(status().isForbidden());
        }
    }

    @Test
    void the_caseload_downloads_as_csv_with_only_the_caseworkers_cases() throws Exception {
        long id = recordRequest(today.minusDays(10));

        mvc.perform(get("/caseworker/caseload.csv").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(content().string(containsString(CaseloadCsv.HEADER)))
                .andExpect(content().string(containsString("\r\n" + id + ",")));
    }

    @Test
    void the_caseload_csv_words_stage_step_and_status_as_the_page_does_and_every_download_is_audited() throws Exception {
        long id = recordRequest(today.minusDays(10));
        long before = downloads();

        String csv = mvc.perform(get("/caseworker/caseload.csv").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        String line = csv.lines().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow();
        assertThat(line).contains(",Request received,", ",Decide whether to assess,")
                .containsAnyOf(",On track,", ",Due within 14 days,", ",Overdue,")
                .doesNotContain("REQUESTED", "DECISION_TO_ASSESS", "ON_TRACK", "DUE_SOON", "OVERDUE");
        assertThat(downloads()).as("the whole caseload, no filter: audited").isEqualTo(before + 1);

        mvc.perform(get("/caseworker/caseload.csv").param("q", "Secret Surname").param("stage", "REQUESTED")
                .with(SignedIn.as(caseworker))).andExpect(status().isOk());
        assertThat(downloads()).isEqualTo(before + 2);
        assertThat(jdbc.sql("select detail from audit_event where action = 'DOWNLOADED' and actor_id = :id order by id desc limit 1")
                .param("id", caseworker.id()).query(String.class).single())
                .contains("caseload, searched", "stage REQUESTED").doesNotContain("Secret");
    }

    private long downloads() {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and actor_id = :id")
                .param("id", caseworker.id()).query(Long.class).single();
    }

    @Test
    void the_refusal_notice_gives_appeal_rights_and_mediation_information() throws Exception {
        long id = recordRequest(today.minusDays(10));
        mvc.perform(dated(post("/caseworker/assessments/{id}/steps/refuse", id), today)
                .param("text", "Needs can be met at SEN Support").param("version", String.valueOf(version(id)))
                .with(csrf()).with(SignedIn.as(caseworker)));

        mvc.perform(get("/caseworker/assessments/{id}/refusal-notice", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Needs can be met at SEN Support")))
                .andExpect(content().string(containsString("First-tier Tribunal")))
                .andExpect(content().string(containsString("within 2 months")))
                .andExpect(content().string(containsString("mediation certificate")));
    }

    @Test
    void the_caseload_sorts_by_name_or_by_date_received() throws Exception {
        long id = recordRequest(today.minusDays(10));

        for (String sort : new String[] {"NAME", "RECEIVED", "STAGE", "NEXT_DUE"}) {
            mvc.perform(get("/caseworker").param("sort", sort).with(SignedIn.as(caseworker)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/caseworker/assessments/" + id)))
                    .andExpect(content().string(containsString("aria-sort=\"ascending\"")));
        }
    }
}
