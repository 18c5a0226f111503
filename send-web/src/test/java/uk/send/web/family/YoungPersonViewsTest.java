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

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.ReviewCommand;
import uk.send.pathway.plan.ReviewView;
import uk.send.pathway.plan.ViewsFrom;
import uk.send.web.security.SignedIn;

/**
 * A young person's views are their own, the child's views, never their parents': for section A ("about me", read by
 * the caseworker on the case and beside section A of the plan) and for a review (read on the plan's reviews). Each
 * time they, or a parent, are shown and emailed exactly what they sent.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YoungPersonViewsTest {

    static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    NeedsAssessments assessments;
    @Autowired
    DemoPlans demoPlans;
    @Autowired
    EhcPlans plans;
    @Autowired
    PlanReviews reviews;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    AccountView caseworker;
    AccountView parent;
    AccountView young;
    Viewer cw;
    SettingView school;
    long child;

    @BeforeEach
    void aYoungPersonWithAParent() {
        FootprintView north = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        parent = fixtures.account(Role.PARENT, null, Set.of());
        child = fixtures.child(north, school, parent);
        jdbc.sql("update child set date_of_birth = :d where id = :c").param("d", today.minusYears(17)).param("c", child).update();
        young = fixtures.youngPerson(child);
        cw = accounts.viewer(caseworker.id()).orElseThrow();
    }

    ResultActions getAs(AccountView account, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(account)));
    }

    String lastEmail(AccountView to, String subject) {
        return jdbc.sql("select body from notification_outbox where account_id = :a and subject = :s order by id desc limit 1")
                .param("a", to.id()).param("s", subject).query(String.class).single();
    }

    @Test
    void a_young_person_s_about_me_is_stored_as_their_own_views_and_read_so_on_the_case_and_beside_section_a() throws Exception {
        long caseId = assessments.receiveRequest(cw, new NewRequest(child, Requester.YOUNG_PERSON, today.minusDays(10),
                "Reasons", null));
        getAs(young, "/parent/children/{id}/about-me", child).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your views")))
                .andExpect(content().string(not(containsString("name=\"familyViews\""))));

        // a family field sent by hand is not theirs to write: only their own views are kept, as the child's
        mvc.perform(post("/parent/children/{id}/about-me", child).with(csrf()).with(SignedIn.as(young))
                        .param("childViews", "I want to work with animals.").param("familyViews", "Tampered"))
                .andExpect(redirectedUrl("/parent/children/" + child + "/about-me/sent?sent=CHILD"));
        assertThat(jdbc.sql("select whose || ':' || views || ':' || written_by from about_me where child_id = :c")
                .param("c", child).query(String.class).list())
                .containsExactly("CHILD:I want to work with animals.:" + young.id());

        getAs(young, "/parent/children/{id}/about-me/sent", child).andExpect(status().isOk())
                .andExpect(content().string(containsString("I want to work with animals.")))
                .andExpect(content().string(not(containsString("Tampered"))));
        assertThat(lastEmail(young, "Your “about me” views")).contains("in your own words", "I want to work with animals.")
                .doesNotContain("Tampered");

        getAs(caseworker, "/caseworker/assessments/{id}", caseId).andExpect(status().isOk())
                .andExpect(content().string(containsString("The young person’s own views, written by them")))
                .andExpect(content().string(containsString("I want to work with animals.")));

        // the parent's about me stays the parents' views, beside the young person's own
        mvc.perform(post("/parent/children/{id}/about-me", child).with(csrf()).with(SignedIn.as(parent))
                .param("familyViews", "We would like a college close to home.")).andExpect(status().is3xxRedirection());
        demoPlans.writeExisting(child, school.id(), today.minusMonths(3), "tests@example.test");
        long plan = plans.currentFor(cw, child).orElseThrow().id();
        getAs(caseworker, "/plans/{id}/sections/A", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("The young person’s own views, written by them")))
                .andExpect(content().string(containsString("I want to work with animals.")))
                .andExpect(content().string(containsString("The parents’ and family’s views")))
                .andExpect(content().string(containsString("We would like a college close to home.")));
        getAs(caseworker, "/plans/{id}/sections/B", plan).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("I want to work with animals."))));
    }

    @Test
    void a_young_person_s_views_for_a_review_are_the_child_s_views_and_a_parent_s_stay_the_parents() throws Exception {
        demoPlans.writeExisting(child, school.id(), today.minusMonths(11), "tests@example.test");
        long plan = plans.currentFor(cw, child).orElseThrow().id();
        LocalDate meeting = today.plusDays(7);
        reviews.take(cw, plan, reviews.view(cw, plan).version(), new ReviewCommand.Arrange(meeting));

        mvc.perform(post("/parent/reviews/{id}", plan).with(csrf()).with(SignedIn.as(young))
                        .param("text", "  I want to try the college course.  "))
                .andExpect(redirectedUrl("/parent/reviews/" + plan + "/sent"));
        ReviewView review = reviews.view(cw, plan).current();
        assertThat(review.views()).containsEntry(ViewsFrom.CHILD, "I want to try the college course.")
                .doesNotContainKey(ViewsFrom.PARENT);
        assertThat(review.childViewsOnlineOn()).isEqualTo(today);
        assertThat(review.parentViewsOn()).isNull();

        // the confirmation page and email hold exactly what was sent
        getAs(young, "/parent/reviews/{id}/sent", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your own views")))
                .andExpect(content().string(containsString("I want to try the college course.")))
                .andExpect(content().string(containsString("Sent on " + LONG.format(today))));
        assertThat(lastEmail(young, "Your views for the EHC plan review"))
                .contains("I want to try the college course.", LONG.format(meeting));

        getAs(caseworker, "/plans/{id}/reviews", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Given online by the young person on " + LONG.format(today))))
                .andExpect(content().string(containsString("I want to try the college course.")));

        // the parent has not sent theirs: no confirmation yet, then theirs are the parents' views
        getAs(parent, "/parent/reviews/{id}/sent", plan).andExpect(status().isNotFound());
        mvc.perform(post("/parent/reviews/{id}", plan).with(csrf()).with(SignedIn.as(parent))
                .param("text", "We support the college plan.")).andExpect(redirectedUrl("/parent/reviews/" + plan + "/sent"));
        review = reviews.view(cw, plan).current();
        assertThat(review.views()).containsEntry(ViewsFrom.PARENT, "We support the college plan.")
                .containsEntry(ViewsFrom.CHILD, "I want to try the college course.");
        getAs(parent, "/parent/reviews/{id}/sent", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("We support the college plan.")))
                .andExpect(content().string(not(containsString("I want to try the college course."))));
        assertThat(lastEmail(parent, "Your views for the EHC plan review")).contains("We support the college plan.")
                .doesNotContain("college course");

        // the young person reads back their own views, not the parents'
        getAs(young, "/parent/reviews/{id}", plan).andExpect(status().isOk())
                .andExpect(content().string(containsString("I want to try the college course.")))
                .andExpect(content().string(not(containsString("We support the college plan."))));
    }
}
