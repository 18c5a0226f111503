package uk.send.web.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AssessmentRecord;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.plan.EhcPlans;
import uk.send.web.documents.PdfChecks;
import uk.send.web.security.SignedIn;

/**
 * The whole journey a caseworker makes in the browser: a request, the decision, advice, the plan written
 * section by section, the draft and the final plan as immutable versions, the comparison, and the final
 * plan as an accessible PDF.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FromRequestToFinalPlanTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Fixtures fixtures;

    @Autowired
    NeedsAssessments assessments;

    @Autowired
    EhcPlans plans;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    AccountView caseworker;
    Viewer viewer;
    Fixtures.TwoFamilies families;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(SignedIn.as(caseworker));
    }

    private MockHttpServletRequestBuilder on(MockHttpServletRequestBuilder request, LocalDate date) {
        return as(request.param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue())).param("year", String.valueOf(date.getYear())));
    }

    private AssessmentRecord record(long id) {
        return assessments.view(viewer, id);
    }

    private void step(long id, String slug, LocalDate date, String... params) throws Exception {
        MockHttpServletRequestBuilder request = on(post("/caseworker/assessments/{id}/steps/{slug}", id, slug), date)
                .param("version", String.valueOf(record(id).version()));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private int planVersion(long id) {
        return plans.forAssessment(viewer, id).orElseThrow().working().version();
    }

    @Test
    void a_caseworker_takes_a_request_to_a_final_plan_pdf() throws Exception {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        viewer = accounts.viewer(caseworker.id()).orElseThrow();
        LocalDate received = today.minusWeeks(19);

        String location = mvc.perform(on(post("/caseworker/assessments").param("child", String.valueOf(families.ownChild())), received)
                        .param("requestedBy", "SETTING").param("text", "Little progress despite SEN Support").param("version", "0"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        step(id, "decide-to-assess", received.plusWeeks(4));
        step(id, "request-advice", received.plusWeeks(4), "source", "EDUCATIONAL_PSYCHOLOGY", "addressee", "Educational psychology service");
        long adviceId = record(id).advice().get(0).id();
        step(id, "receive-advice", received.plusWeeks(9), "adviceId", String.valueOf(adviceId), "text", "Needs a structured, visual day.");
        step(id, "decide-to-issue", received.plusWeeks(10));

        // the plan exists now, at its own address (the case page's old address leads there): write it
        long planId = plans.forAssessment(viewer, id).orElseThrow().id();
        mvc.perform(get("/caseworker/assessments/{id}/plan", id).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/plans/" + planId));
        mvc.perform(as(post("/plans/{id}/sections/A", planId))
                        .param("text", "Alex loves trains and wants to be a driver.").param("version", String.valueOf(planVersion(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(on(post("/plans/{id}/outcomes", planId), today.plusYears(1))
                        .param("outcome", "Alex will read a simple timetable on his own").param("steps", "With a visual schedule, then without")
                        .param("tag", "I_AM_AMBITIOUS").param("version", String.valueOf(planVersion(id))))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post("/plans/{id}/provision", planId))
                        .param("what", "Speech and language therapy").param("howOften", "Weekly").param("howLong", "45 minutes")
                        .param("byWhom", "Specialist therapist").param("version", String.valueOf(planVersion(id))))
                .andExpect(status().is3xxRedirection());

        step(id, "issue-draft", received.plusWeeks(11));
        assertThat(plans.forAssessment(viewer, id).orElseThrow().issued()).hasSize(1);

        // a change after the draft goes into the working copy only
        mvc.perform(as(post("/plans/{id}/sections/A", planId))
                        .param("text", "Alex loves trains and wants to be a train driver.").param("version", String.valueOf(planVersion(id))))
                .andExpect(status().is3xxRedirection());
        step(id, "draft-response", received.plusWeeks(12), "text", "We agree; we ask for the school named", "settingId",
                String.valueOf(families.northSchool().id()));
        step(id, "finalise", received.plusWeeks(13), "settingId", String.valueOf(families.northSchool().id()));

        uk.send.pathway.plan.PlanView plan = plans.forAssessment(viewer, id).orElseThrow();
        assertThat(plan.issued()).extracting(v -> v.kind().name()).containsExactly("DRAFT", "FINAL");
        assertThat(plan.issued().get(0).sections().get(uk.send.pathway.plan.Section.A)).isEqualTo("Alex loves trains and wants to be a driver.");
        assertThat(plan.issued().get(1).placementName()).isEqualTo(families.northSchool().name());
        assertThat(plan.issued().get(1).sectionK()).contains("Educational psychology service");

        mvc.perform(get("/plans/{id}", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wants to be a train driver")))
                .andExpect(content().string(containsString("Version 2")));
        mvc.perform(get("/plans/{id}/versions/1", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wants to be a driver.")))
                .andExpect(content().string(containsString("read a simple timetable")));
        mvc.perform(get("/plans/{id}/sections/A", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/{id}/outcomes/new", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/{id}/provision/new", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/{id}/placement", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk());
        mvc.perform(get("/plans/{id}/compare", planId).param("from", "1").param("to", "2").with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wants to be a train driver")))
                .andExpect(content().string(containsString("Changed")));

        byte[] pdf = mvc.perform(get("/plans/{id}/versions/2.pdf", planId).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        PdfChecks.assertCompliant(pdf, PDFAFlavour.PDFUA_1);
        assertThat(PdfChecks.text(pdf)).contains("Demo Borough Council").contains("Alex Tester")
                .contains("read a simple timetable").contains("Speech and language therapy").contains(families.northSchool().name());

        // issued versions cannot be changed, not even by the application's own database user
        assertThatThrownBy(() -> jdbc.sql("update plan_version set section_a = 'rewritten' where kind = 'FINAL'").update())
                .rootCause().hasMessageContaining("cannot be changed");

        // and someone else's page, opened before this change, cannot overwrite it
        int stale = planVersion(id);
        mvc.perform(as(post("/plans/{id}/sections/B", planId)).param("text", "first").param("version", String.valueOf(stale)));
        mvc.perform(as(post("/plans/{id}/sections/B", planId)).param("text", "second").param("version", String.valueOf(stale)))
                .andExpect(status().isConflict());
        assertThat(plans.forAssessment(viewer, id).orElseThrow().working().sections().get(uk.send.pathway.plan.Section.B)).isEqualTo("first");

        // a caseworker elsewhere cannot read the plan
        AccountView other = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));
        mvc.perform(get("/plans/{id}/versions/2.pdf", planId).with(SignedIn.as(other))).andExpect(status().isNotFound());
    }
}
