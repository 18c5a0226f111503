package uk.send.web.assessments;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.web.security.SignedIn;

/**
 * The assessment's rules as a caseworker meets them: each refusal comes back on the same page in the error
 * summary, linked to the field it is about (never to the form as a whole), saying what to enter; one open
 * case per child; a consulted setting and its response date on the case and its timeline; and the plan's
 * dates no longer due once the council decides not to issue one.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentRulesPagesTest {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

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

    private MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate date) {
        return request.param("day", String.valueOf(date.getDayOfMonth()))
                .param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear()))
                .with(csrf()).with(SignedIn.as(caseworker));
    }

    private ResultActions newRequest(LocalDate received, String reasons) throws Exception {
        return mvc.perform(dated(post("/caseworker/assessments").param("child", String.valueOf(families.ownChild())), received)
                .param("requestedBy", "PARENT").param("text", reasons).param("version", "0"));
    }

    private long requested(LocalDate received) {
        return assessments.receiveRequest(viewer, new NewRequest(families.ownChild(), Requester.PARENT, received,
                "Not progressing despite support", null));
    }

    private void take(long id, AssessmentCommand command) {
        assessments.take(viewer, id, version(id), command);
    }

    private int version(long id) {
        return assessments.view(viewer, id).version();
    }

    /** A case whose draft plan went out on {@code draftOn}. */
    private long draftIssued(LocalDate draftOn) {
        long id = requested(draftOn.minusDays(60));
        take(id, new AssessmentCommand.DecideToAssess(draftOn.minusDays(50)));
        take(id, new AssessmentCommand.RequestAdvice(draftOn.minusDays(50), AdviceSource.HEALTH, "Community paediatrics", null));
        take(id, new AssessmentCommand.ReceiveAdvice(draftOn.minusDays(20),
                assessments.view(viewer, id).advice().get(0).id(), "Advice"));
        take(id, new AssessmentCommand.DecideToIssue(draftOn.minusDays(10)));
        take(id, new AssessmentCommand.IssueDraft(draftOn));
        return id;
    }

    private ResultActions step(long id, String slug, LocalDate on, String... params) throws Exception {
        MockHttpServletRequestBuilder request = dated(post("/caseworker/assessments/{id}/steps/{slug}", id, slug), on)
                .param("version", String.valueOf(version(id)));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    private static org.springframework.test.web.servlet.ResultMatcher errorOn(String field, String words) {
        return result -> {
            String page = result.getResponse().getContentAsString();
            org.assertj.core.api.Assertions.assertThat(page)
                    .contains("There is a problem")
                    .contains("href=\"#" + field + "\"")
                    .contains(words)
                    .doesNotContain("#[global]");
        };
    }

    @Test
    void a_second_request_for_a_child_with_an_open_case_is_refused_with_everything_typed_kept() throws Exception {
        LocalDate first = today.minusDays(10);
        newRequest(first, "First request").andExpect(status().is3xxRedirection());

        newRequest(today.minusDays(1), "A second, carefully written request")
                .andExpect(status().isOk())
                .andExpect(errorOn("requestedBy", "already has an open EHC needs assessment, requested on "
                        + LONG.format(first)))
                .andExpect(content().string(containsString("A second, carefully written request")));
    }

    @Test
    void a_new_request_is_accepted_once_the_earlier_case_is_closed() throws Exception {
        long id = requested(today.minusDays(30));
        take(id, new AssessmentCommand.RefuseToAssess(today.minusDays(2), "Needs met at SEN Support"));

        newRequest(today.minusDays(1), "New evidence").andExpect(status().is3xxRedirection());
    }

    @Test
    void a_request_dated_before_the_child_was_born_is_refused_on_the_date() throws Exception {
        newRequest(LocalDate.of(2015, 2, 28), "Reasons")
                .andExpect(status().isOk())
                .andExpect(errorOn("day", "cannot be dated before the child was born: enter 1 March 2015 or later"));
    }

    @Test
    void a_step_dated_in_the_future_is_refused_on_the_date() throws Exception {
        long id = requested(today.minusDays(10));

        step(id, "decide-to-assess", today.plusDays(1))
                .andExpect(status().isOk())
                .andExpect(errorOn("day", "today or in the past: enter " + LONG.format(today) + " or earlier"));
    }

    @Test
    void a_step_dated_before_the_step_before_it_is_refused_on_the_date_naming_that_date() throws Exception {
        long id = requested(today.minusDays(10));

        step(id, "decide-to-assess", today.minusDays(11))
                .andExpect(status().isOk())
                .andExpect(errorOn("day", "enter " + LONG.format(today.minusDays(10)) + " or later"));
    }

    @Test
    void finalising_while_the_family_can_still_comment_says_until_when_on_the_date() throws Exception {
        LocalDate sent = today.minusDays(3);
        long id = draftIssued(sent);

        step(id, "finalise", today, "settingId", String.valueOf(families.northSchool().id()))
                .andExpect(status().isOk())
                .andExpect(errorOn("day", "The family can comment on the draft until " + LONG.format(sent.plusDays(14))
                        + ": enter " + LONG.format(sent.plusDays(15)) + " or later"));
    }

    @Test
    void a_step_not_open_at_the_stage_is_refused_on_the_step_s_main_field() throws Exception {
        long id = requested(today.minusDays(10));

        step(id, "issue-draft", today)
                .andExpect(status().isOk())
                .andExpect(errorOn("day", "That step cannot be taken at this stage"));
        step(id, "consult-setting", today, "settingId", String.valueOf(families.northSchool().id()))
                .andExpect(status().isOk())
                .andExpect(errorOn("settingId", "That step cannot be taken at this stage"));
    }

    @Test
    void an_over_long_note_on_an_exception_is_reported_on_the_note_not_as_the_four_week_rule() throws Exception {
        long id = requested(today.minusDays(60));
        LocalDate from = today.minusDays(50);
        LocalDate to = from.plusDays(2);

        step(id, "record-exception", from, "reason", "AWAY_FROM_AREA", "text", "n".repeat(501),
                "toDay", String.valueOf(to.getDayOfMonth()), "toMonth", String.valueOf(to.getMonthValue()),
                "toYear", String.valueOf(to.getYear()))
                .andExpect(status().isOk())
                .andExpect(errorOn("text", "500 characters or fewer"))
                .andExpect(content().string(not(containsString("4 continuous weeks"))));
    }

    @Test
    void an_absence_under_four_weeks_is_refused_on_the_end_date() throws Exception {
        long id = requested(today.minusDays(60));
        LocalDate from = today.minusDays(50);
        LocalDate to = from.plusDays(10);

        step(id, "record-exception", from, "reason", "AWAY_FROM_AREA", "text", "Abroad",
                "toDay", String.valueOf(to.getDayOfMonth()), "toMonth", String.valueOf(to.getMonthValue()),
                "toYear", String.valueOf(to.getYear()))
                .andExpect(status().isOk())
                .andExpect(errorOn("toDay", "at least 4 continuous weeks: enter an end date of "
                        + LONG.format(from.plusDays(27)) + " or later"));
    }

    @Test
    void an_unknown_setting_is_refused_on_the_setting_not_a_server_error() throws Exception {
        long id = draftIssued(today.minusDays(3));

        step(id, "consult-setting", today, "settingId", "999999999")
                .andExpect(status().isOk())
                .andExpect(errorOn("settingId", "Select a school or setting from the list"));
    }

    @Test
    void a_consulted_setting_and_its_response_date_are_shown_on_the_case_and_its_timeline() throws Exception {
        long id = draftIssued(today.minusDays(3));
        LocalDate consulted = today.minusDays(1);

        step(id, "consult-setting", consulted, "settingId", String.valueOf(families.northSchool().id()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Settings consulted")))
                .andExpect(content().string(containsString(families.northSchool().name())))
                .andExpect(content().string(containsString(SHORT.format(consulted.plusDays(15)))))
                .andExpect(content().string(containsString("Response due by " + LONG.format(consulted.plusDays(15)))));
    }

    @Test
    void after_a_decision_not_to_issue_the_draft_and_final_plan_are_no_longer_due() throws Exception {
        LocalDate received = today.minusDays(60);
        long id = requested(received);
        take(id, new AssessmentCommand.DecideToAssess(today.minusDays(50)));
        take(id, new AssessmentCommand.DecideNotToIssue(today.minusDays(5), "Needs met at SEN Support"));

        mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No longer due")))
                .andExpect(content().string(not(containsString(SHORT.format(received.plusWeeks(20))))));
    }

    @Test
    void after_a_refusal_nothing_after_the_decision_is_listed_as_due() throws Exception {
        LocalDate received = today.minusDays(30);
        long id = requested(received);
        take(id, new AssessmentCommand.RefuseToAssess(today.minusDays(2), "Needs met at SEN Support"));

        mvc.perform(get("/caseworker/assessments/{id}", id).with(SignedIn.as(caseworker)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(SHORT.format(received.plusWeeks(16))))))
                .andExpect(content().string(not(containsString(SHORT.format(received.plusWeeks(20))))));
    }
}
