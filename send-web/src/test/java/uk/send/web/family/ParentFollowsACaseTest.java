package uk.send.web.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.plan.EhcPlans;
import uk.send.web.security.SignedIn;

/**
 * One child's case from the family's side, from the request to the final plan: after each step the caseworker
 * takes, the parent's home and case page say where it stands and by when (the calendar's dates), and the parent
 * is emailed; the parent answers the draft within its window, asks for a school, and the caseworker sees it as the
 * draft response; the parent then reads the final plan and its PDF. The emails, in order, are exactly the family's
 * notices and the copy of their answer, none naming the child in its subject.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ParentFollowsACaseTest {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    NeedsAssessments assessments;
    @Autowired
    EhcPlans plans;
    @Autowired
    JdbcClient jdbc;

    final StatutoryCalendar calendar = new StatutoryCalendar();
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    AccountView caseworker;
    Viewer caseworkerViewer;
    AccountView parent;

    private String page(AccountView as, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(as))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void step(long id, String slug, LocalDate on, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post("/caseworker/assessments/{id}/steps/{slug}", id, slug)
                .param("day", String.valueOf(on.getDayOfMonth())).param("month", String.valueOf(on.getMonthValue()))
                .param("year", String.valueOf(on.getYear()))
                .param("version", String.valueOf(assessments.view(caseworkerViewer, id).version()))
                .with(csrf()).with(SignedIn.as(caseworker));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private List<String> subjects() {
        return jdbc.sql("select subject from notification_outbox where account_id = :a order by id")
                .param("a", parent.id()).query(String.class).list();
    }

    @Test
    void a_parent_follows_one_child_from_the_request_to_the_final_plan_and_is_emailed_at_each_step() throws Exception {
        FootprintView north = fixtures.footprint();
        SettingView school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        caseworkerViewer = accounts.viewer(caseworker.id()).orElseThrow();
        parent = fixtures.account(Role.PARENT, null, Set.of());
        long child = fixtures.child(north, school, parent);
        LocalDate received = today.minusWeeks(12);
        var deadlines = calendar.deadlinesFor(received);

        // the request
        String location = mvc.perform(post("/caseworker/assessments").param("child", String.valueOf(child))
                        .param("day", String.valueOf(received.getDayOfMonth()))
                        .param("month", String.valueOf(received.getMonthValue()))
                        .param("year", String.valueOf(received.getYear()))
                        .param("requestedBy", "PARENT").param("text", "Little progress").param("version", "0")
                        .with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page(parent, "/parent")).contains("/parent/cases/" + id)
                .contains("The council has the request for an assessment")
                .contains("The council must tell you whether it will assess by "
                        + LONG_DATE.format(deadlines.decisionToAssessDue()));
        assertThat(subjects()).containsExactly("We have received a request for an EHC needs assessment");

        // the decision to assess, then the advice
        step(id, "decide-to-assess", received.plusWeeks(4));
        assertThat(page(parent, "/parent/cases/{id}", id)).contains("The council is assessing your child")
                .contains("Met on " + LONG_DATE.format(received.plusWeeks(4)));
        assertThat(subjects()).last().isEqualTo("The council has decided to carry out an EHC needs assessment");
        step(id, "request-advice", received.plusWeeks(4), "source", "EDUCATIONAL_PSYCHOLOGY", "addressee",
                "Educational psychology service");
        step(id, "receive-advice", received.plusWeeks(9), "adviceId",
                String.valueOf(assessments.view(caseworkerViewer, id).advice().get(0).id()), "text", "Needs a calm room.");
        step(id, "decide-to-issue", received.plusWeeks(10));
        assertThat(page(parent, "/parent/cases/{id}", id)).contains("is writing the draft");

        // the draft, with the last day for comments counted down
        LocalDate draftOn = today.minusDays(2);
        step(id, "issue-draft", draftOn);
        String closes = LONG_DATE.format(calendar.draftCommentsCloseOn(draftOn));
        assertThat(page(parent, "/parent")).contains("You can comment on the draft until " + closes)
                .contains("must send you the final plan by " + LONG_DATE.format(deadlines.finalPlanDue()));
        assertThat(subjects()).last().isEqualTo("A draft EHC plan is ready for your comments");
        assertThat(jdbc.sql("select body from notification_outbox where account_id = :a and subject like 'A draft%'")
                .param("a", parent.id()).query(String.class).single()).contains(closes);
        long planId = plans.forAssessment(caseworkerViewer, id).orElseThrow().id();
        assertThat(page(parent, "/plans/{id}/versions/1", planId)).contains("This is a draft");

        // the parent answers within the window and asks for a school; the caseworker receives it
        page(parent, "/parent/cases/{id}/response", id);
        mvc.perform(post("/parent/cases/{id}/response", id).with(csrf()).with(SignedIn.as(parent))
                        .param("comments", "Please add more about friendships.")
                        .param("sectionF", "Speech therapy weekly, please.")
                        .param("settingId", String.valueOf(school.id()))
                        .param("version", String.valueOf(assessments.view(caseworkerViewer, id).version())))
                .andExpect(redirectedUrl("/parent/cases/" + id + "/response/sent"));
        assertThat(page(caseworker, "/caseworker/assessments/{id}", id)).contains("Sent online by the parent or carer")
                .contains("Please add more about friendships.", "Speech therapy weekly, please.", school.name());

        // the final plan: read on the page and as a PDF
        step(id, "finalise", today, "settingId", String.valueOf(school.id()));
        assertThat(page(parent, "/parent")).contains("The final EHC plan has been issued.").contains("Read the plan");
        assertThat(page(parent, "/plans/{id}/versions/2", planId)).contains(school.name()).doesNotContain("This is a draft");
        assertThat(mvc.perform(get("/plans/{id}/versions/2.pdf", planId).with(SignedIn.as(parent)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentType()).isEqualTo("application/pdf");

        assertThat(subjects()).containsExactly(
                "We have received a request for an EHC needs assessment",
                "The council has decided to carry out an EHC needs assessment",
                "A draft EHC plan is ready for your comments",
                "Your response to the draft EHC plan",
                "The final EHC plan has been issued");
        String name = jdbc.sql("select family_name from child where id = :c").param("c", child).query(String.class).single();
        assertThat(subjects()).noneMatch(s -> s.contains(name) || s.contains("Alex"));
    }
}
