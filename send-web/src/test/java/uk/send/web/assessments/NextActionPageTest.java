package uk.send.web.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.web.security.SignedIn;

/**
 * The case page offers the one next action first, as its only primary button, with its date; a step taken after
 * its statutory date is marked late; the child's page offers no new request while one is open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NextActionPageTest {

    /** The one primary (not secondary) button of the page. */
    private static final Pattern PRIMARY = Pattern.compile("<a href=\"([^\"]+)\"\\s+class=\"govuk-button\"\\s");

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    AccountService accounts;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Fixtures.TwoFamilies families;
    AccountView caseworker;
    Viewer viewer;

    @BeforeEach
    void aCaseworkerInTheNorth() {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        viewer = accounts.viewer(caseworker.id()).orElseThrow();
    }

    private long request(LocalDate received) throws Exception {
        String location = mvc.perform(post("/caseworker/assessments").param("child", String.valueOf(families.ownChild()))
                        .param("day", String.valueOf(received.getDayOfMonth()))
                        .param("month", String.valueOf(received.getMonthValue()))
                        .param("year", String.valueOf(received.getYear()))
                        .param("requestedBy", "PARENT").param("text", "Not progressing despite support")
                        .param("version", "0").with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void take(long id, AssessmentCommand command) {
        assessments.take(viewer, id, assessments.view(viewer, id).version(), command);
    }

    private String casePage(long id) throws Exception {
        return mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String primary(String html) {
        Matcher m = PRIMARY.matcher(html);
        assertThat(m.find()).as("a primary button").isTrue();
        String href = m.group(1);
        assertThat(m.find()).as("only one primary button").isFalse();
        return href;
    }

    @Test
    void with_every_advice_request_out_the_next_action_is_to_record_advice_not_to_ask_again() throws Exception {
        long id = request(today.minusDays(20));
        take(id, new AssessmentCommand.DecideToAssess(today.minusDays(15)));
        assertThat(primary(casePage(id))).contains("/steps/request-advice");

        take(id, new AssessmentCommand.RequestAdvice(today.minusDays(10), AdviceSource.HEALTH, "Community paediatrician", null));
        String html = casePage(id);
        long adviceId = assessments.view(viewer, id).advice().get(0).id();
        assertThat(primary(html)).contains("/steps/receive-advice").contains("advice=" + adviceId);
        assertThat(html).contains("Record advice by " + java.time.format.DateTimeFormatter
                .ofPattern("EEEE d MMMM yyyy", java.util.Locale.UK).format(today.minusDays(10).plusWeeks(6)));
        // asking for more advice is still there, but not first
        assertThat(html).contains("/steps/request-advice");
    }

    @Test
    void a_decision_taken_after_its_six_weeks_is_marked_late_on_the_case() throws Exception {
        long id = request(today.minusWeeks(8));
        assertThat(primary(casePage(id))).contains("/steps/decide-to-assess");
        assertThat(casePage(id)).contains("govuk-tag--red\">Late</strong>");

        take(id, new AssessmentCommand.DecideToAssess(today.minusWeeks(1)));
        String html = casePage(id);
        // the decision row of the statutory dates is marked late; the next action (advice) is not
        assertThat(html.substring(html.indexOf("Decision whether to assess"))).contains(">Late</strong>");
        assertThat(primary(html)).contains("/steps/request-advice");
    }

    @Test
    void the_child_page_offers_no_new_request_while_one_is_open() throws Exception {
        mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("/caseworker/assessments/new?child=" + families.ownChild()));
        request(today.minusDays(3));
        String html = mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("/caseworker/assessments/new?child=").contains("A request for an EHC needs assessment is open");
    }
}
