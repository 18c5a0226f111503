package uk.send.web.family;

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
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.web.security.SignedIn;

/**
 * A family's own pages: their children and each child's case, their answer to a draft plan and what the
 * caseworker then sees, and "about me"; and, for every page, that another family's child, case or answer by id is
 * refused (and audited), and that other roles are refused the family's pages. Every date a parent sees is the
 * calendar's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FamilyPagesTest {

    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

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
    @Autowired
    JdbcClient jdbc;

    final StatutoryCalendar calendar = new StatutoryCalendar();
    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    FootprintView north;
    SettingView school;
    AccountView caseworker;
    AccountView parent;
    AccountView otherParent;
    AccountView senco;
    Viewer caseworkerViewer;
    long ownChild;
    long otherChild;
    long ownCase;
    long otherCase;
    LocalDate received;
    LocalDate draftSent;

    @BeforeAll
    void two_families_one_with_a_draft_awaiting_comments_and_one_with_a_request() throws Exception {
        north = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        caseworkerViewer = accounts.viewer(caseworker.id()).orElseThrow();
        parent = fixtures.account(Role.PARENT, null, Set.of());
        otherParent = fixtures.account(Role.PARENT, null, Set.of());
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        ownChild = fixtures.child(north, school, parent);
        otherChild = fixtures.child(north, school, otherParent);

        received = today.minusWeeks(12);
        ownCase = request(ownChild, received);
        step(ownCase, "decide-to-assess", received.plusWeeks(4));
        step(ownCase, "request-advice", received.plusWeeks(4), "source", "EDUCATIONAL_PSYCHOLOGY", "addressee",
                "Educational psychology service");
        step(ownCase, "record-exception", received.plusWeeks(5), "reason", "AWAY_FROM_AREA", "text",
                "Grandmother in hospital abroad", "toDay", String.valueOf(received.plusWeeks(10).getDayOfMonth()),
                "toMonth", String.valueOf(received.plusWeeks(10).getMonthValue()),
                "toYear", String.valueOf(received.plusWeeks(10).getYear()));
        step(ownCase, "receive-advice", received.plusWeeks(10), "adviceId",
                String.valueOf(assessments.view(caseworkerViewer, ownCase).advice().get(0).id()), "text", "Needs a calm room.");
        step(ownCase, "decide-to-issue", received.plusWeeks(11));
        draftSent = today.minusDays(3);
        step(ownCase, "issue-draft", draftSent);

        otherCase = request(otherChild, today.minusWeeks(2));
    }

    private long request(long child, LocalDate on) throws Exception {
        String location = mvc.perform(dated(post("/caseworker/assessments").param("child", String.valueOf(child)), on)
                        .param("requestedBy", "PARENT").param("text", "Little progress").param("version", "0")
                        .with(csrf()).with(SignedIn.as(caseworker)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void step(long id, String slug, LocalDate on, String... params) throws Exception {
        MockHttpServletRequestBuilder request = dated(post("/caseworker/assessments/{id}/steps/{slug}", id, slug), on)
                .param("version", String.valueOf(assessments.view(caseworkerViewer, id).version()))
                .with(csrf()).with(SignedIn.as(caseworker));
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private static MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, LocalDate on) {
        return request.param("day", String.valueOf(on.getDayOfMonth())).param("month", String.valueOf(on.getMonthValue()))
                .param("year", String.valueOf(on.getYear()));
    }

    private ResultActions getAs(AccountView account, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(account)));
    }

    private boolean refusalAudited(AccountView who, String entity, long id) {
        return audit.forEntity(entity, id).stream()
                .anyMatch(e -> e.action() == AuditAction.ACCESS_DENIED && who.id() == e.actorId());
    }

    private int caseVersion(long id) {
        return assessments.view(caseworkerViewer, id).version();
    }

    // --- what the family sees

    @Test
    @Order(1)
    void the_parent_sees_only_their_own_child_with_where_the_case_stands_and_the_calendar_s_dates() throws Exception {
        String closes = LONG_DATE.format(calendar.draftCommentsCloseOn(draftSent));
        String finalDue = LONG_DATE.format(calendar.deadlinesFor(received).finalPlanDue());
        getAs(parent, "/parent").andExpect(status().isOk())
                .andExpect(content().string(containsString("/parent/cases/" + ownCase)))
                .andExpect(content().string(not(containsString("/parent/cases/" + otherCase))))
                .andExpect(content().string(not(containsString("/children/" + otherChild + "\""))))
                .andExpect(content().string(containsString("The council has sent you the draft plan.")))
                .andExpect(content().string(containsString("You can comment on the draft until " + closes)))
                .andExpect(content().string(containsString("12 days left")))
                .andExpect(content().string(containsString("must send you the final plan by " + finalDue)))
                .andExpect(content().string(containsString(caseworker.displayName())))
                .andExpect(content().string(containsString("01632 960 000")));
        getAs(otherParent, "/parent").andExpect(status().isOk())
                .andExpect(content().string(containsString("/parent/cases/" + otherCase)))
                .andExpect(content().string(not(containsString("/parent/cases/" + ownCase))))
                .andExpect(content().string(containsString("The council must tell you whether it will assess by "
                        + LONG_DATE.format(calendar.deadlinesFor(today.minusWeeks(2)).decisionToAssessDue()))));
    }

    @Test
    @Order(2)
    void the_case_page_shows_the_statutory_dates_and_a_timeline_without_internal_notes_or_staff() throws Exception {
        getAs(parent, "/parent/cases/{id}", ownCase).andExpect(status().isOk())
                .andExpect(content().string(containsString("Decide whether to assess (6 weeks)")))
                .andExpect(content().string(containsString("Met on " + LONG_DATE.format(received.plusWeeks(4)))))
                .andExpect(content().string(containsString("By " + LONG_DATE.format(calendar.deadlinesFor(received).decisionToAssessDue()))))
                .andExpect(content().string(containsString("Draft plan sent to you")))
                .andExpect(content().string(not(containsString("Grandmother in hospital abroad"))))
                .andExpect(content().string(not(containsString("Exception recorded"))))
                .andExpect(content().string(not(containsString(caseworker.email()))));
    }

    @Test
    @Order(3)
    void another_family_s_case_child_and_answer_are_refused_by_id_and_the_refusals_audited() throws Exception {
        getAs(parent, "/parent/cases/{id}", otherCase).andExpect(status().isNotFound());
        getAs(parent, "/parent/cases/{id}/response", otherCase).andExpect(status().isNotFound());
        getAs(parent, "/parent/cases/{id}/response/sent", otherCase).andExpect(status().isNotFound());
        mvc.perform(post("/parent/cases/{id}/response", otherCase).with(csrf()).with(SignedIn.as(parent))
                .param("comments", "Tampered").param("version", String.valueOf(caseVersion(otherCase))))
                .andExpect(status().isNotFound());
        assertThat(refusalAudited(parent, "ASSESSMENT", otherCase)).isTrue();
        getAs(parent, "/parent/children/{id}/about-me", otherChild).andExpect(status().isNotFound());
        mvc.perform(post("/parent/children/{id}/about-me", otherChild).with(csrf()).with(SignedIn.as(parent))
                .param("childViews", "Tampered")).andExpect(status().isNotFound());
        assertThat(refusalAudited(parent, "CHILD", otherChild)).isTrue();
        assertThat(jdbc.sql("select count(*) from about_me where child_id = :c").param("c", otherChild)
                .query(Long.class).single()).isZero();
        getAs(parent, "/parent/cases/{id}", 999_999_999L).andExpect(status().isNotFound());
        getAs(parent, "/parent/cases/not-a-number").andExpect(status().isNotFound());
    }

    @Test
    @Order(4)
    void other_roles_are_refused_the_family_s_pages() throws Exception {
        for (AccountView staff : new AccountView[] {caseworker, senco}) {
            getAs(staff, "/parent").andExpect(status().isForbidden());
            getAs(staff, "/parent/cases/{id}", ownCase).andExpect(status().isForbidden());
            getAs(staff, "/parent/children/{id}/about-me", ownChild).andExpect(status().isForbidden());
        }
    }

    @Test
    @Order(5)
    void an_empty_answer_is_a_field_error_with_the_error_summary() throws Exception {
        mvc.perform(post("/parent/cases/{id}/response", ownCase).with(csrf()).with(SignedIn.as(parent))
                        .param("comments", " ").param("version", String.valueOf(caseVersion(ownCase))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#comments\"")));
    }

    @Test
    @Order(6)
    void the_family_answers_the_draft_and_the_caseworker_sees_it_as_the_draft_response() throws Exception {
        long outboxBefore = jdbc.sql("select count(*) from notification_outbox where account_id = :a")
                .param("a", parent.id()).query(Long.class).single();
        getAs(parent, "/parent/cases/{id}/response", ownCase).andExpect(status().isOk())
                .andExpect(content().string(containsString("12 days left")));
        mvc.perform(post("/parent/cases/{id}/response", ownCase).with(csrf()).with(SignedIn.as(parent))
                        .param("comments", "Mostly right, but too little about friendships.")
                        .param("sectionB", "Anxiety at transitions is missing.")
                        .param("sectionF", "Speech therapy should be weekly.")
                        .param("settingId", String.valueOf(school.id()))
                        .param("version", String.valueOf(caseVersion(ownCase))))
                .andExpect(redirectedUrl("/parent/cases/" + ownCase + "/response/sent"));

        getAs(parent, "/parent/cases/{id}/response/sent", ownCase).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your response has been sent")))
                .andExpect(content().string(containsString("Mostly right, but too little about friendships.")))
                .andExpect(content().string(containsString("Anxiety at transitions is missing.")))
                .andExpect(content().string(containsString("Speech therapy should be weekly.")))
                .andExpect(content().string(containsString(school.name())));
        getAs(caseworker, "/caseworker/assessments/{id}", ownCase).andExpect(status().isOk())
                // who answered, by role (never a name): a parent's answer is labelled as theirs, not a young person's
                .andExpect(content().string(containsString("Sent online by the parent or carer")))
                .andExpect(content().string(not(containsString("Sent online by the young person"))))
                .andExpect(content().string(containsString("Mostly right, but too little about friendships.")))
                .andExpect(content().string(containsString("Anxiety at transitions is missing.")))
                .andExpect(content().string(containsString(school.name())));

        var record = assessments.view(caseworkerViewer, ownCase);
        assertThat(record.milestones().draftResponseOn()).isEqualTo(today);
        assertThat(record.milestones().preferredSettingId()).isEqualTo(school.id());
        assertThat(audit.forEntity("ASSESSMENT", ownCase)).anyMatch(e -> e.action() == AuditAction.ASSESSMENT_STEP_RECORDED
                && parent.id() == e.actorId() && e.detail().contains("RECORD_DRAFT_RESPONSE")
                && e.detail().contains("online by the parent or carer"));
        assertThat(jdbc.sql("select draft_response_by from needs_assessment where id = :id").param("id", ownCase)
                .query(String.class).single()).isEqualTo("PARENT");
        var email = jdbc.sql("select subject, body from notification_outbox where account_id = :a order by id desc limit 1")
                .param("a", parent.id()).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        assertThat(jdbc.sql("select count(*) from notification_outbox where account_id = :a").param("a", parent.id())
                .query(Long.class).single()).isEqualTo(outboxBefore + 1);
        assertThat(email[0]).isEqualTo("Your response to the draft EHC plan");
        assertThat(email[1]).contains("Mostly right, but too little about friendships.", "Anxiety at transitions is missing.",
                school.name());

        // once only: the form is gone, and a replayed post is refused without changing what the council holds
        getAs(parent, "/parent/cases/{id}/response", ownCase).andExpect(status().isNotFound());
        mvc.perform(post("/parent/cases/{id}/response", ownCase).with(csrf()).with(SignedIn.as(parent))
                .param("comments", "Replayed").param("version", String.valueOf(caseVersion(ownCase))))
                .andExpect(status().isNotFound());
        assertThat(assessments.view(caseworkerViewer, ownCase).milestones().draftResponse())
                .isEqualTo("Mostly right, but too little about friendships.");
    }

    @Test
    @Order(7)
    void the_family_writes_about_me_and_the_caseworker_reads_it_on_the_case() throws Exception {
        getAs(parent, "/parent/children/{id}/about-me", ownChild).andExpect(status().isOk());
        mvc.perform(post("/parent/children/{id}/about-me", ownChild).with(csrf()).with(SignedIn.as(parent))
                        .param("childViews", "I like trains and drawing.").param("familyViews", "Mornings are hard."))
                .andExpect(redirectedUrl("/parent/children/" + ownChild + "/about-me/sent?sent=CHILD&sent=FAMILY"));
        // the confirmation shows exactly what was written, and a copy is emailed
        getAs(parent, "/parent/children/{id}/about-me/sent?sent=CHILD&sent=FAMILY", ownChild).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your views have been saved")))
                .andExpect(content().string(containsString("I like trains and drawing.")))
                .andExpect(content().string(containsString("Mornings are hard.")));
        assertThat(jdbc.sql("select body from notification_outbox where account_id = :a and subject = :s order by id desc limit 1")
                .param("a", parent.id()).param("s", "Your “about me” views").query(String.class).single())
                .contains("I like trains and drawing.", "Mornings are hard.");
        getAs(parent, "/parent/children/{id}/about-me", ownChild)
                .andExpect(content().string(containsString("I like trains and drawing.")));
        getAs(caseworker, "/caseworker/assessments/{id}", ownCase)
                .andExpect(content().string(containsString("I like trains and drawing.")))
                .andExpect(content().string(containsString("The child’s views, as the family wrote them")))
                .andExpect(content().string(containsString("Mornings are hard.")));
    }

    private String lastAboutMeEmail() {
        return jdbc.sql("select body from notification_outbox where account_id = :a and subject = :s order by id desc limit 1")
                .param("a", parent.id()).param("s", "Your “about me” views").query(String.class).single();
    }

    private long aboutMeEmails() {
        return jdbc.sql("select count(*) from notification_outbox where account_id = :a and subject = :s")
                .param("a", parent.id()).param("s", "Your “about me” views").query(Long.class).single();
    }

    @Test
    @Order(8)
    void updating_about_me_sends_confirms_and_emails_only_what_changed_and_nothing_changed_is_a_field_error()
            throws Exception {
        // the form comes back with both views as written before; the parent changes only the child's
        mvc.perform(post("/parent/children/{id}/about-me", ownChild).with(csrf()).with(SignedIn.as(parent))
                        .param("childViews", "Now I like buses too.").param("familyViews", "Mornings are hard."))
                .andExpect(redirectedUrl("/parent/children/" + ownChild + "/about-me/sent?sent=CHILD"));
        assertThat(lastAboutMeEmail()).contains("Now I like buses too.", "Your child’s own views")
                .doesNotContain("Mornings are hard.", "Your views as a family", "I like trains and drawing.");
        getAs(parent, "/parent/children/{id}/about-me/sent?sent=CHILD", ownChild).andExpect(status().isOk())
                .andExpect(content().string(containsString("Now I like buses too.")))
                .andExpect(content().string(not(containsString("Mornings are hard."))));
        // both views are still held, and the caseworker reads both
        assertThat(jdbc.sql("select whose || ':' || views from about_me where child_id = :c order by whose")
                .param("c", ownChild).query(String.class).list())
                .containsExactly("CHILD:Now I like buses too.", "FAMILY:Mornings are hard.");

        // sent again unchanged: nothing is sent, the page says what to do, everything typed kept
        long before = aboutMeEmails();
        mvc.perform(post("/parent/children/{id}/about-me", ownChild).with(csrf()).with(SignedIn.as(parent))
                        .param("childViews", "Now I like buses too. ").param("familyViews", "Mornings are hard."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Change your child’s views or your views before you save them")))
                .andExpect(content().string(containsString("Now I like buses too.")));
        assertThat(aboutMeEmails()).isEqualTo(before);

        // a confirmation names only views: anything else, or views this account did not write, is as unknown
        getAs(parent, "/parent/children/{id}/about-me/sent?sent=BOGUS", ownChild).andExpect(status().isNotFound());
        getAs(otherParent, "/parent/children/{id}/about-me/sent?sent=CHILD", ownChild).andExpect(status().isNotFound());
    }
}
