package uk.send.web.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.CeaseReason;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.NextAction;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.PlanVersionView;
import uk.send.pathway.plan.ReviewCommand;
import uk.send.pathway.plan.ReviewDecision;
import uk.send.pathway.plan.ReviewRecord;
import uk.send.pathway.plan.ReviewStatus;
import uk.send.pathway.plan.ViewsFrom;
import uk.send.pathway.plan.VersionKind;
import uk.send.web.security.SignedIn;

/**
 * A plan's review in the browser's terms: the caseworker runs it from the plan page's next action to an amended
 * plan or a ceased one, the parent and the SENCO give their views online, and every other role and scope is
 * refused (an out-of-scope plan answers as an unknown one).
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    DemoPlans demoPlans;
    @Autowired
    EhcPlans plans;
    @Autowired
    PlanReviews reviews;
    @Autowired
    AccountService accounts;
    @Autowired
    uk.send.domain.children.ChildDirectory children;

    static final java.time.format.DateTimeFormatter LONG = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
            java.util.Locale.UK);
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Downloads of the plan's documents recorded against the plan, by this account. */
    private long planDownloads(AccountView who, long plan) {
        return jdbc.sql("""
                        select count(*) from audit_event where action = 'DOWNLOADED' and entity_type = 'PLAN'
                        and entity_id = :plan and actor_id = :a""")
                .param("plan", String.valueOf(plan)).param("a", who.id()).query(Long.class).single();
    }

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    Fixtures.TwoFamilies families;
    AccountView caseworker;
    AccountView southCaseworker;
    AccountView senco;
    AccountView otherSenco;
    Viewer viewer;

    @BeforeAll
    void accounts() {
        families = fixtures.twoFamiliesInTwoFootprints();
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.north().id()));
        southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(families.south().id()));
        senco = fixtures.account(Role.SENCO, families.northSchool().id(), Set.of());
        otherSenco = fixtures.account(Role.SENCO, fixtures.school(families.south()).id(), Set.of());
        viewer = accounts.viewer(caseworker.id()).orElseThrow();
    }

    /** A plan in force for a new child of the family at the north school, first issued on {@code issued}. */
    long planIssuedOn(LocalDate issued) {
        long child = fixtures.child(families.north(), families.northSchool(), families.parent());
        demoPlans.writeExisting(child, families.northSchool().id(), issued, "tests@example.test");
        return plans.currentFor(viewer, child).orElseThrow().id();
    }

    MockHttpServletRequestBuilder step(long plan, String slug, LocalDate on, String... params) {
        MockHttpServletRequestBuilder request = post("/plans/{id}/reviews/{slug}", plan, slug).with(csrf())
                .with(SignedIn.as(caseworker)).param("version", String.valueOf(reviews.view(viewer, plan).version()));
        if (on != null) {
            request.param("day", String.valueOf(on.getDayOfMonth())).param("month", String.valueOf(on.getMonthValue()))
                    .param("year", String.valueOf(on.getYear()));
        }
        for (int i = 0; i + 1 < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return request;
    }

    ResultActions done(long plan, String slug, LocalDate on, String... params) throws Exception {
        return mvc.perform(step(plan, slug, on, params)).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/plans/" + plan + "/reviews"));
    }

    ResultActions getAs(AccountView account, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(account)));
    }

    @Test
    void the_plan_page_offers_the_one_next_action_arranging_the_overdue_review_as_its_primary_button() throws Exception {
        long plan = planIssuedOn(today.minusYears(1).minusDays(10));
        LocalDate due = today.minusDays(10);

        ReviewRecord record = reviews.view(viewer, plan);
        assertThat(record.next()).isEqualTo(new NextAction(NextAction.Kind.ARRANGE_REVIEW, due));
        getAs(caseworker, "/plans/{id}", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"govuk-button\" data-module=\"govuk-button\" href=\"/plans/"
                        + plan + "/reviews/arrange\"")))
                .andExpect(content().string(containsString("Arrange the annual review")));
        getAs(caseworker, "/plans/{id}/reviews", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Overdue by 10 days")));
    }

    @Test
    void a_caseworker_runs_a_review_with_views_given_online_to_proposed_amendments_the_family_comments_on() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        LocalDate meeting = today.minusDays(5);

        done(plan, "arrange", meeting);
        assertThat(reviews.view(viewer, plan).next().kind()).isEqualTo(NextAction.Kind.RECEIVE_REPORT);
        assertThat(reviews.view(viewer, plan).next().due()).isEqualTo(meeting.plusWeeks(2));

        getAs(families.parent(), "/plans/{id}", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("/parent/reviews/" + plan)));
        getAs(families.parent(), "/parent/reviews/{id}", plan).andExpect(status().isOk());
        mvc.perform(post("/parent/reviews/{id}", plan).with(csrf()).with(SignedIn.as(families.parent()))
                .param("text", "Happier at school; wants more help with reading")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/school/reviews/{id}", plan).with(csrf()).with(SignedIn.as(senco))
                .param("text", "Reading age up 18 months")).andExpect(status().is3xxRedirection());
        done(plan, "child-views", null, "text", "I like maths");
        done(plan, "report", today.minusDays(1));
        done(plan, "decide", today, "decision", "AMEND");

        ReviewRecord record = reviews.view(viewer, plan);
        assertThat(record.current().views()).containsEntry(ViewsFrom.PARENT, "Happier at school; wants more help with reading")
                .containsEntry(ViewsFrom.SETTING, "Reading age up 18 months").containsEntry(ViewsFrom.CHILD, "I like maths");
        assertThat(record.current().parentViewsOn()).isEqualTo(today);
        assertThat(record.current().decisionLate()).isFalse();
        assertThat(record.reviewDueOn()).isEqualTo(meeting.plusYears(1));
        assertThat(record.next().kind()).isEqualTo(NextAction.Kind.PROPOSE_AMENDMENTS);

        mvc.perform(post("/plans/{id}/sections/B", plan).with(csrf()).with(SignedIn.as(caseworker))
                .param("text", "Reading now close to age level").param("version",
                        String.valueOf(plans.view(viewer, plan).working().version())))
                .andExpect(status().is3xxRedirection());
        done(plan, "propose", today);
        getAs(families.parent(), "/parent/reviews/{id}", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"comments\"")));
        mvc.perform(post("/parent/reviews/{id}/comments", plan).with(csrf()).with(SignedIn.as(families.parent()))
                .param("comments", "We agree with the changes")).andExpect(status().is3xxRedirection());
        assertThat(reviews.view(viewer, plan).current().familyComments()).isEqualTo("We agree with the changes");

        // the amended plan waits for the family's 15 days
        mvc.perform(step(plan, "issue-amended", today)).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("href=\"#day\"")));
        PlanVersionView proposed = plans.view(viewer, plan).issued().get(1);
        assertThat(proposed.kind()).isEqualTo(VersionKind.PROPOSED_AMENDMENT);
        assertThat(proposed.draft()).isTrue();
    }

    @Test
    void a_meeting_arranged_with_less_than_two_weeks_notice_is_marked_short_and_one_with_two_weeks_is_not() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        getAs(caseworker, "/plans/{id}/reviews/arrange", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 2 weeks’ notice of the meeting (reg 20(3))")))
                .andExpect(content().string(containsString(LONG.format(today.plusDays(14)))));

        done(plan, "arrange", today.plusDays(13));
        assertThat(reviews.view(viewer, plan).current().shortNotice()).isTrue();
        getAs(caseworker, "/plans/{id}/reviews", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Short notice")))
                .andExpect(content().string(containsString("told of the date on " + LONG.format(today))));

        // moved to give the full 2 weeks from today: no longer short
        done(plan, "move-meeting", today.plusDays(14));
        assertThat(reviews.view(viewer, plan).current().noticeGivenOn()).isEqualTo(today);
        getAs(caseworker, "/plans/{id}/reviews", plan).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Short notice"))));
    }

    @Test
    void a_meeting_recorded_after_it_was_held_is_never_marked_short_notice() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        done(plan, "arrange", today.minusDays(3));
        assertThat(reviews.view(viewer, plan).current().shortNotice()).isFalse();
    }

    @Test
    void after_the_family_s_fifteen_days_the_amended_plan_is_a_new_version_compared_with_the_last() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        done(plan, "arrange", today.minusDays(40));
        done(plan, "decide", today.minusDays(35), "decision", "AMEND");
        mvc.perform(post("/plans/{id}/sections/B", plan).with(csrf()).with(SignedIn.as(caseworker))
                .param("text", "Needs in reading now met").param("version",
                        String.valueOf(plans.view(viewer, plan).working().version())))
                .andExpect(status().is3xxRedirection());
        done(plan, "propose", today.minusDays(15));
        done(plan, "issue-amended", today);

        assertThat(plans.view(viewer, plan).issued()).extracting(PlanVersionView::kind)
                .containsExactly(VersionKind.FINAL, VersionKind.PROPOSED_AMENDMENT, VersionKind.AMENDED);
        ReviewRecord record = reviews.view(viewer, plan);
        assertThat(record.current()).isNull();
        assertThat(record.past()).singleElement().satisfies(r -> {
            assertThat(r.status()).isEqualTo(ReviewStatus.COMPLETED);
            assertThat(r.amendedVersion()).isEqualTo(3);
            assertThat(r.amendedLate()).isFalse();
            assertThat(r.decisionLate()).as("5 days after the meeting").isFalse();
        });
        getAs(caseworker, "/plans/{id}/reviews", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("/plans/" + plan + "/compare?from=1&amp;to=3")));
        getAs(families.parent(), "/plans/{id}/compare?from=1&to=3", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Needs in reading now met")));
    }

    @Test
    void a_decision_after_four_weeks_is_marked_late() throws Exception {
        long plan = planIssuedOn(today.minusMonths(13));
        done(plan, "arrange", today.minusDays(29));
        done(plan, "decide", today, "decision", "MAINTAIN");

        ReviewRecord record = reviews.view(viewer, plan);
        assertThat(record.past().get(0).decisionLate()).isTrue();
        assertThat(record.past().get(0).meetingLate()).as("held after its due date").isTrue();
        getAs(caseworker, "/plans/{id}/reviews", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-tag--red")));
    }

    @Test
    void ceasing_records_the_sen2_reason_and_the_family_reads_a_notice_with_their_right_of_appeal() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        done(plan, "arrange", today.minusDays(3));
        mvc.perform(step(plan, "decide", today, "decision", "CEASE")).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#reason\"")));
        done(plan, "decide", today, "decision", "CEASE", "reason", "NEEDS_MET_WITHOUT_PLAN");

        ReviewRecord record = reviews.view(viewer, plan);
        assertThat(record.ceasedOn()).isEqualTo(today);
        assertThat(record.ceaseReason()).isEqualTo(CeaseReason.NEEDS_MET_WITHOUT_PLAN);
        assertThat(record.next()).isNull();
        assertThat(children.view(viewer, record.childId()).summary().senProvision())
                .as("no longer counted as an EHC plan; needs met at SEN Support")
                .isEqualTo(uk.send.domain.reference.SenProvision.K);
        getAs(families.parent(), "/plans/{id}/ceased", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your right to appeal")))
                .andExpect(content().string(containsString("Needs met without an EHC plan")))
                .andExpect(content().string(containsString("within 2 months")))
                .andExpect(content().string(containsString("/plans/" + plan + "/ceased.pdf")))
                .andExpect(content().string(containsString(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                        java.util.Locale.UK).format(new uk.send.pathway.calendar.StatutoryCalendar().appealBy(today)))));
        getAs(senco, "/plans/{id}/ceased", plan).andExpect(status().isOk());
        for (var reader : java.util.List.of(families.parent(), caseworker)) {
            long downloadsBefore = planDownloads(reader, plan);
            byte[] pdf = getAs(reader, "/plans/{id}/ceased.pdf", plan).andExpect(status().isOk())
                    .andExpect(content().contentType("application/pdf")).andReturn().getResponse().getContentAsByteArray();
            assertThat(uk.send.web.documents.PdfChecks.text(pdf)).contains("Needs met without an EHC plan", "First-tier Tribunal");
            assertThat(planDownloads(reader, plan)).as("the notice recorded as a download of the plan")
                    .isEqualTo(downloadsBefore + 1);
        }
        getAs(southCaseworker, "/plans/{id}/ceased.pdf", plan).andExpect(status().isNotFound());
        assertThat(planDownloads(southCaseworker, plan)).isZero();
        getAs(otherSenco, "/plans/{id}/ceased.pdf", plan).andExpect(status().isNotFound());
        assertThat(plans.view(viewer, plan).issued()).last().extracting(PlanVersionView::kind).isEqualTo(VersionKind.CEASED);
    }

    @Test
    void a_step_the_rules_refuse_comes_back_on_its_field_with_what_was_typed() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        done(plan, "arrange", today.minusDays(3));
        mvc.perform(step(plan, "report", today.minusDays(4))).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#day\"")))
                .andExpect(content().string(containsString("This cannot be before the review meeting")));
        mvc.perform(step(plan, "report", null, "day", "31", "month", "2", "year", "2026")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a real date")));
        mvc.perform(step(plan, "arrange", today)).andExpect(status().isOk())
                .andExpect(content().string(containsString("A review is already in progress")));
    }

    @Test
    void only_caseworkers_reach_the_review_pages_and_out_of_scope_answers_as_unknown() throws Exception {
        long plan = planIssuedOn(today.minusMonths(11));
        reviews.take(viewer, plan, reviews.view(viewer, plan).version(), new ReviewCommand.Arrange(today));

        getAs(families.parent(), "/plans/{id}/reviews", plan).andExpect(status().isForbidden());
        getAs(senco, "/plans/{id}/reviews/arrange", plan).andExpect(status().isForbidden());
        getAs(southCaseworker, "/plans/{id}/reviews", plan).andExpect(status().isNotFound());
        getAs(southCaseworker, "/plans/{id}/reviews", 999_999_999L).andExpect(status().isNotFound());
        getAs(otherSenco, "/school/reviews/{id}", plan).andExpect(status().isNotFound());
        getAs(senco, "/school/reviews/{id}", plan).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"comments\""))));
        getAs(caseworker, "/parent/reviews/{id}", plan).andExpect(status().isForbidden());
        mvc.perform(post("/school/reviews/{id}", plan).with(csrf()).with(SignedIn.as(otherSenco)).param("text", "x"))
                .andExpect(status().isNotFound());
        getAs(families.parent(), "/plans/{id}/ceased", plan).andExpect(status().isNotFound());
        getAs(families.parent(), "/plans/{id}/ceased.pdf", plan).andExpect(status().isNotFound());
    }

    @Test
    void the_caseworker_reaches_the_reviews_due_from_the_caseload_and_downloads_them_with_the_screen_s_labels() throws Exception {
        long plan = planIssuedOn(today.minusYears(1).minusDays(2));
        getAs(caseworker, "/caseworker").andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/caseworker/reviews\"")));
        getAs(caseworker, "/caseworker/reviews?when=OVERDUE").andExpect(status().isOk())
                .andExpect(content().string(containsString("/plans/" + plan + "/reviews")));
        getAs(southCaseworker, "/caseworker/reviews").andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/plans/" + plan + "/reviews"))));
        String csv = getAs(caseworker, "/caseworker/reviews.csv?when=OVERDUE").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("Name,Date of birth,UPN,Footprint,School or setting,Review due,Status,Progress,Review meeting\r\n");
        assertThat(csv).contains("Overdue,Meeting not arranged");
        getAs(families.parent(), "/caseworker/reviews").andExpect(status().isForbidden());
    }

    @Test
    void nothing_is_decided_on_a_review_not_yet_arranged() {
        long plan = planIssuedOn(today.minusMonths(11));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> reviews.take(viewer, plan,
                reviews.view(viewer, plan).version(), new ReviewCommand.Decide(ReviewDecision.MAINTAIN, today, null))))
                .isInstanceOf(uk.send.pathway.plan.ReviewRefusal.class);
    }
}
