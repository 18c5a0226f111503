package uk.send.web.advisers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
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
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditEntry;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.AssessmentRecord;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.web.security.SignedIn;

/**
 * An adviser sees the advice requests addressed to them and nothing else, submits their advice online,
 * and the caseworker sees it arrive; every refusal is a 403 written to the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdviserPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    NeedsAssessments assessments;
    @Autowired
    AccountService accounts;
    @Autowired
    AuditLog audit;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    Fixtures.TwoFamilies families;
    AccountView caseworker;
    AccountView adviser;
    long caseId;
    long requestId;
    String childName;

    /** A case being assessed in the caseworker's footprint, with educational psychology advice asked of the adviser. */
    @BeforeEach
    void adviceAskedOfAnAdviser() {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        adviser = fixtures.account(Role.ADVISER, null, Set.of());
        caseId = assessments.receiveRequest(caseworker(), new NewRequest(families.ownChild(), Requester.PARENT,
                today.minusDays(20), "Not progressing despite support", null));
        assessments.take(caseworker(), caseId, version(), new AssessmentCommand.DecideToAssess(today.minusDays(10)));
        assessments.take(caseworker(), caseId, version(), new AssessmentCommand.RequestAdvice(today.minusDays(9),
                AdviceSource.EDUCATIONAL_PSYCHOLOGY, "Educational psychology service", adviser.id()));
        AssessmentRecord record = assessments.view(caseworker(), caseId);
        requestId = record.advice().get(0).id();
        childName = record.child().summary().fullName();
    }

    private Viewer caseworker() {
        return accounts.viewer(caseworker.id()).orElseThrow();
    }

    private int version() {
        return assessments.view(caseworker(), caseId).version();
    }

    private MockHttpServletRequestBuilder submit(String advice, AccountView as) {
        return post("/adviser/requests/{id}", requestId).param("advice", advice).with(csrf()).with(SignedIn.as(as));
    }

    private String casePage() throws Exception {
        return mvc.perform(get("/caseworker/assessments/{id}", caseId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void the_adviser_sees_the_request_addressed_to_them_with_only_the_childs_name_and_date_of_birth() throws Exception {
        mvc.perform(get("/adviser").with(SignedIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(childName)))
                .andExpect(content().string(containsString("1 Mar 2015")))
                .andExpect(content().string(containsString("Educational psychology")))
                .andExpect(content().string(containsString("/adviser/requests/" + requestId)))
                .andExpect(content().string(containsString("Not yet given")));

        mvc.perform(get("/adviser/requests/{id}", requestId).with(SignedIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Advice for " + childName + " – SEND service</title>")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("<textarea")))
                .andExpect(content().string(not(containsString(families.northSchool().name()))));
        assertThat(audit.forEntity("ADVICE_REQUEST", requestId)).extracting(AuditEntry::action)
                .contains(AuditAction.ADVICE_REQUEST_VIEWED);
    }

    @Test
    void another_advisers_request_is_refused_and_the_refusal_audited() throws Exception {
        AccountView other = fixtures.account(Role.ADVISER, null, Set.of());

        mvc.perform(get("/adviser").with(SignedIn.as(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(childName))))
                .andExpect(content().string(containsString("No requests are waiting for your advice")));
        mvc.perform(get("/adviser/requests/{id}", requestId).with(SignedIn.as(other)))
                .andExpect(status().isNotFound());
        mvc.perform(submit("Advice from the wrong person", other)).andExpect(status().isNotFound());

        assertThat(audit.forEntity("ADVICE_REQUEST", requestId))
                .filteredOn(e -> e.action() == AuditAction.ACCESS_DENIED)
                .extracting(AuditEntry::actorId)
                .containsExactly(other.id(), other.id());
        assertThat(assessments.view(caseworker(), caseId).advice().get(0).receivedOn()).isNull();
    }

    @Test
    void an_adviser_cannot_open_a_childs_record_or_the_caseload() throws Exception {
        mvc.perform(get("/children/{id}", families.ownChild()).with(SignedIn.as(adviser))).andExpect(status().isForbidden());
        mvc.perform(get("/caseworker/assessments/{id}", caseId).with(SignedIn.as(adviser))).andExpect(status().isForbidden());
    }

    @Test
    void submitted_advice_is_received_today_and_the_caseworker_sees_it_came_from_the_adviser() throws Exception {
        mvc.perform(submit("Needs in communication; outcomes; provision of speech and language therapy.", adviser))
                .andExpect(redirectedUrl("/adviser/requests/" + requestId));

        AssessmentRecord.AdviceView advice = assessments.view(caseworker(), caseId).advice().get(0);
        assertThat(advice.receivedOn()).isEqualTo(today);
        assertThat(advice.submittedByAdviser()).isTrue();
        assertThat(casePage()).contains("Submitted online by Test User",
                "Needs in communication; outcomes; provision of speech and language therapy.",
                "recorded by " + adviser.email());
        assertThat(audit.forEntity("ADVICE_REQUEST", requestId)).extracting(AuditEntry::action)
                .contains(AuditAction.ADVICE_SUBMITTED);
        mvc.perform(get("/adviser/requests/{id}", requestId).with(SignedIn.as(adviser)))
                .andExpect(content().string(containsString("Your advice, submitted on")))
                .andExpect(content().string(not(containsString("<textarea"))));
    }

    @Test
    void answered_requests_leave_the_waiting_list_for_the_answered_one_and_both_are_counted() throws Exception {
        mvc.perform(get("/adviser").with(SignedIn.as(adviser)))
                .andExpect(content().string(containsString("Waiting for your advice (1)")))
                .andExpect(content().string(containsString("Answered (0)")));

        mvc.perform(submit("Needs in communication.", adviser)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/adviser").with(SignedIn.as(adviser)))
                .andExpect(content().string(containsString("Waiting for your advice (0)")))
                .andExpect(content().string(containsString("Answered (1)")))
                .andExpect(content().string(not(containsString("/adviser/requests/" + requestId))));
        mvc.perform(get("/adviser").param("show", "answered").with(SignedIn.as(adviser)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/adviser/requests/" + requestId)))
                .andExpect(content().string(containsString("Submitted " + today.format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy")))));
        mvc.perform(get("/adviser").param("page", "x").with(SignedIn.as(adviser))).andExpect(status().isBadRequest());
    }

    @Test
    void empty_advice_comes_back_with_the_error_summary() throws Exception {
        mvc.perform(submit("   ", adviser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Error: Advice for")))
                .andExpect(content().string(containsString("There is a problem")))
                .andExpect(content().string(containsString("Enter your advice")))
                .andExpect(content().string(containsString("href=\"#advice\"")));
        assertThat(assessments.view(caseworker(), caseId).advice().get(0).receivedOn()).isNull();
    }

    @Test
    void advice_that_is_too_long_comes_back_with_everything_typed_kept() throws Exception {
        String typed = "Careful words. ".repeat(1_400);

        mvc.perform(submit(typed, adviser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("20,000 characters or fewer")))
                .andExpect(content().string(containsString(typed.trim())));
    }

    @Test
    void advice_cannot_be_submitted_twice() throws Exception {
        mvc.perform(submit("The first advice", adviser)).andExpect(status().is3xxRedirection());

        mvc.perform(submit("A second go", adviser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("That advice has already been recorded")));
        assertThat(assessments.view(caseworker(), caseId).advice().get(0).advice()).isEqualTo("The first advice");
    }

    @Test
    void advice_cannot_be_submitted_once_the_case_has_moved_on() throws Exception {
        assessments.take(caseworker(), caseId, version(),
                new AssessmentCommand.DecideNotToIssue(today, "Needs can be met at SEN Support"));

        mvc.perform(get("/adviser/requests/{id}", requestId).with(SignedIn.as(adviser)))
                .andExpect(content().string(not(containsString("<textarea"))));
        mvc.perform(submit("Late advice", adviser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("advice can no longer be submitted online")));
    }

    @Test
    void other_roles_are_refused_the_advisers_pages() throws Exception {
        for (Role role : Role.values()) {
            if (role == Role.ADVISER) {
                continue;
            }
            AccountView someone = fixtures.account(role, role.isSettingScoped() ? families.northSchool().id() : null,
                    role.isFootprintScoped() ? Set.of(families.north().id()) : Set.of());
            mvc.perform(get("/adviser").with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(get("/adviser/requests/{id}", requestId).with(SignedIn.as(someone))).andExpect(status().isForbidden());
            mvc.perform(submit("Advice", someone)).andExpect(status().isForbidden());
        }
    }

    @Test
    void the_caseworker_chooses_the_adviser_when_asking_for_advice_and_only_an_advisers_account_is_accepted() throws Exception {
        mvc.perform(get("/caseworker/assessments/{id}/steps/request-advice", caseId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Adviser with an account (optional)")))
                .andExpect(content().string(containsString("value=\"" + adviser.id() + "\"")));

        mvc.perform(askForAdvice(caseworker.id()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose an adviser from the list")));
        assertThat(assessments.view(caseworker(), caseId).advice()).hasSize(1);

        mvc.perform(askForAdvice(adviser.id())).andExpect(redirectedUrl("/caseworker/assessments/" + caseId));
        assertThat(casePage()).contains("Adviser with an account: Test User");
        assertThat(mvc.perform(get("/adviser").with(SignedIn.as(adviser))).andReturn().getResponse().getContentAsString())
                .contains("Health");
    }

    private MockHttpServletRequestBuilder askForAdvice(long adviserId) throws Exception {
        return post("/caseworker/assessments/{id}/steps/request-advice", caseId)
                .param("day", String.valueOf(today.getDayOfMonth())).param("month", String.valueOf(today.getMonthValue()))
                .param("year", String.valueOf(today.getYear()))
                .param("source", "HEALTH").param("addressee", "Community paediatrics")
                .param("adviserId", String.valueOf(adviserId))
                .param("version", String.valueOf(version()))
                .with(csrf()).with(SignedIn.as(caseworker));
    }
}
