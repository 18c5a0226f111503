package uk.send.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * Issue 18, "shared with the family (they see it and add their views)": the SENCO shares a plan; the child's parent,
 * or the young person on their own account, sends their views online on the cycle in progress and is shown (and
 * emailed) exactly what they sent; the SENCO sees them on the plan labelled "Sent online by the family" and at the
 * review, where they fill in the views; a request for an EHC needs assessment made from that review carries them to
 * the caseworker. Only the child's own family, only while shared, only the cycle in progress: otherwise 404 as for an
 * unknown id, audited. With tiers off (the default) the review offers no tier and ignores one posted.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FamilyViewsOnSupportPlanTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    SupportPlans support;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    FootprintView north;
    SettingView school;
    AccountView senco;
    AccountView otherSenco;
    AccountView parent;
    AccountView otherParent;
    AccountView caseworker;
    AccountView commissioner;
    Viewer sencoViewer;

    @BeforeAll
    void a_school_a_family_and_the_area_s_caseworker() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        otherSenco = fixtures.account(Role.SENCO, fixtures.school(north).id(), Set.of());
        parent = fixtures.account(Role.PARENT, null, Set.of());
        otherParent = fixtures.account(Role.PARENT, null, Set.of());
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        sencoViewer = accounts.viewer(senco.id()).orElseThrow();
    }

    /** A pupil of the parent at SEN Support with a cycle in progress holding one outcome: {child, plan}. */
    long[] pupilWithAPlan() {
        long child = fixtures.child(north, school, parent);
        support.addToSenSupport(sencoViewer, child, new AddToSenSupport(NeedCode.SLCN, null, today.minusWeeks(10)));
        long plan = support.startPlan(sencoViewer, child, support.pupil(sencoViewer, child).current().orElseThrow().version(),
                new StartPlan(null, today.minusWeeks(8), null, "Finds spoken instructions hard"));
        change(plan, new SupportPlanCommand.AddOutcome("Follows two-step instructions", OutcomeTag.I_AM_HEARD));
        return new long[] {child, plan};
    }

    void change(long plan, SupportPlanCommand command) {
        support.change(sencoViewer, plan, support.plan(sencoViewer, plan).version(), command);
    }

    void share(long plan, boolean shared) throws Exception {
        mvc.perform(post("/school/plans/" + plan + "/share").with(SignedIn.as(senco)).with(csrf())
                        .param("shared", String.valueOf(shared))
                        .param("version", String.valueOf(support.plan(sencoViewer, plan).version())))
                .andExpect(status().is3xxRedirection());
    }

    MockHttpServletRequestBuilder views(long plan, AccountView as, String text) {
        return post("/parent/support-plans/" + plan + "/views").with(SignedIn.as(as)).with(csrf()).param("views", text);
    }

    int stored(long plan) {
        return jdbc.sql("select count(*) from support_plan_family_views where plan_id = :p").param("p", plan)
                .query(Integer.class).single();
    }

    int denied(long plan) {
        return jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and entity_type = 'SUPPORT_PLAN' "
                + "and entity_id = :p").param("p", String.valueOf(plan)).query(Integer.class).single();
    }

    MockHttpServletRequestBuilder review(long plan, String step) {
        return post("/school/plans/" + plan + "/review").with(SignedIn.as(senco)).with(csrf())
                .param("day", String.valueOf(today.getDayOfMonth())).param("month", String.valueOf(today.getMonthValue()))
                .param("year", String.valueOf(today.getYear())).param("nextStep", step)
                .param("version", String.valueOf(support.plan(sencoViewer, plan).version()));
    }

    /** A textarea named so, filled in starting with that text. */
    static org.hamcrest.Matcher<String> textarea(String name, String starting) {
        return org.hamcrest.Matchers.matchesPattern("(?s).*<textarea[^>]*name=\"" + name + "\"[^>]*>\\s*"
                + java.util.regex.Pattern.quote(starting) + ".*");
    }

    @Test
    void the_senco_shares_the_parent_adds_views_the_senco_sees_them_and_the_request_for_assessment_carries_them() throws Exception {
        long[] pupil = pupilWithAPlan();
        long child = pupil[0];
        long plan = pupil[1];
        share(plan, true);

        mvc.perform(get("/parent/support-plans/" + plan).with(SignedIn.as(parent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your views on this plan")))
                .andExpect(content().string(containsString("name=\"views\"")))
                .andExpect(content().string(containsString("/parent/support-plans/" + plan + "/views\"")));

        String location = mvc.perform(views(plan, parent, "  He enjoys the group.\r\nMore reading help at home, please.  "))
                .andExpect(redirectedUrlPattern("/parent/support-plans/" + plan + "/views/*"))
                .andReturn().getResponse().getRedirectedUrl();
        var row = jdbc.sql("select sent_from, views, sent_by_id, sent_at from support_plan_family_views where plan_id = :p")
                .param("p", plan).query().singleRow();
        assertThat(row.get("sent_from")).isEqualTo("PARENT");
        assertThat((String) row.get("views")).startsWith("He enjoys the group.").endsWith("at home, please.");
        assertThat(((Number) row.get("sent_by_id")).longValue()).isEqualTo(parent.id());
        assertThat(row.get("sent_at")).isNotNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'SUPPORT_PLAN_FAMILY_VIEWS_SENT' "
                + "and entity_id = :p and actor_id = :a").param("p", String.valueOf(plan)).param("a", parent.id())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select body from notification_outbox where account_id = :a order by id desc limit 1")
                .param("a", parent.id()).query(String.class).single())
                .contains("More reading help at home, please.").contains(school.name());

        // the confirmation: exactly what was sent
        mvc.perform(get(location).with(SignedIn.as(parent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your views have been sent to the school")))
                .andExpect(content().string(containsString("More reading help at home, please.")))
                .andExpect(content().string(containsString("We have emailed you a copy")));
        mvc.perform(get(location).with(SignedIn.as(otherParent))).andExpect(status().isNotFound());
        mvc.perform(get("/parent/support-plans/" + plan + "/views/999999999").with(SignedIn.as(parent)))
                .andExpect(status().isNotFound());

        // the SENCO sees them on the plan, and at the review they sit beside and fill in the parents' views
        mvc.perform(get("/school/plans/" + plan).with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sent online by the family")))
                .andExpect(content().string(containsString("More reading help at home, please.")))
                .andExpect(content().string(containsString("Test User (parent or carer)")));
        mvc.perform(get("/school/plans/" + plan + "/review").with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sent online by the family")))
                .andExpect(content().string(textarea("parentViews", "He enjoys the group.")))
                .andExpect(content().string(not(containsString("Tier of support"))));

        // a request for an EHC needs assessment from that review carries them to the caseworker
        mvc.perform(review(plan, "REQUEST_EHC_NEEDS_ASSESSMENT").param("parentViews", "Agreed at the meeting"))
                .andExpect(redirectedUrl("/school/plans/" + plan + "/request-assessment"));
        mvc.perform(get("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(senco)))
                .andExpect(content().string(containsString("carries what the family sent online")));
        mvc.perform(post("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(senco)).with(csrf())
                .param("reasons", "Little progress")).andExpect(redirectedUrl("/school/pupils/" + child));
        long caseId = jdbc.sql("select id from needs_assessment where child_id = :c").param("c", child)
                .query(Long.class).single();
        mvc.perform(get("/caseworker/assessments/" + caseId).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sent online by the family")))
                .andExpect(content().string(containsString("More reading help at home, please.")))
                .andExpect(content().string(containsString("Agreed at the meeting")));

        // the cycle reviewed takes no more views; the next cycle (still shared) does
        mvc.perform(get("/parent/support-plans/" + plan).with(SignedIn.as(parent))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"views\""))))
                .andExpect(content().string(containsString("What you have sent")));
        mvc.perform(views(plan, parent, "Late")).andExpect(status().isNotFound());
        assertThat(stored(plan)).isEqualTo(1);
    }

    @Test
    void blank_too_long_or_control_characters_are_field_errors_with_everything_typed_kept_and_nothing_stored() throws Exception {
        long plan = pupilWithAPlan()[1];
        share(plan, true);

        mvc.perform(views(plan, parent, "   ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Write your views")))
                .andExpect(content().string(containsString("<title>Error: ")));
        String tooLong = "Our views. " + "x".repeat(4000);
        mvc.perform(views(plan, parent, tooLong)).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("id=\"views-error\"")))
                .andExpect(content().string(containsString(tooLong)));
        mvc.perform(views(plan, parent, "Bell\u0007 here and more")).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("here and more")));
        assertThat(stored(plan)).isZero();
    }

    @Test
    void only_the_child_s_own_family_and_only_while_shared_anyone_else_is_not_found_and_audited() throws Exception {
        long plan = pupilWithAPlan()[1];

        // not shared yet: the child's own parent gets what an unknown id gets
        mvc.perform(views(plan, parent, "Not yet")).andExpect(status().isNotFound());
        share(plan, true);
        int before = denied(plan);
        mvc.perform(views(plan, otherParent, "Tampered")).andExpect(status().isNotFound());
        mvc.perform(get("/parent/support-plans/" + plan).with(SignedIn.as(otherParent))).andExpect(status().isNotFound());
        assertThat(denied(plan)).isGreaterThanOrEqualTo(before + 2);
        mvc.perform(views(999_999_999L, parent, "Unknown")).andExpect(status().isNotFound());
        // the school's and the council's staff do not post as the family
        mvc.perform(views(plan, senco, "Staff")).andExpect(status().isForbidden());
        mvc.perform(views(plan, otherSenco, "Staff")).andExpect(status().isForbidden());
        mvc.perform(views(plan, caseworker, "Staff")).andExpect(status().isForbidden());
        mvc.perform(views(plan, commissioner, "Staff")).andExpect(status().isForbidden());
        // sharing stopped: views are closed to the family again
        share(plan, false);
        mvc.perform(views(plan, parent, "After")).andExpect(status().isNotFound());
        assertThat(stored(plan)).isZero();
    }

    @Test
    void a_young_person_sends_their_own_views_which_the_parent_does_not_read_and_which_fill_in_the_child_s_views() throws Exception {
        long[] pupil = pupilWithAPlan();
        long plan = pupil[1];
        AccountView young = fixtures.youngPerson(pupil[0]);
        share(plan, true);

        mvc.perform(get("/parent/support-plans/" + plan).with(SignedIn.as(young))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your views on this plan")));
        mvc.perform(views(plan, young, "I want to sit near the front")).andExpect(status().is3xxRedirection());
        mvc.perform(views(plan, parent, "Homework takes hours")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select sent_from from support_plan_family_views where plan_id = :p order by id")
                .param("p", plan).query(String.class).list()).containsExactly("YOUNG_PERSON", "PARENT");

        mvc.perform(get("/parent/support-plans/" + plan).with(SignedIn.as(parent)))
                .andExpect(content().string(containsString("Homework takes hours")))
                .andExpect(content().string(not(containsString("I want to sit near the front"))));
        mvc.perform(get("/school/plans/" + plan).with(SignedIn.as(senco)))
                .andExpect(content().string(containsString("Young Person (the young person, their own views)")))
                .andExpect(content().string(containsString("I want to sit near the front")))
                .andExpect(content().string(containsString("Homework takes hours")));
        mvc.perform(get("/school/plans/" + plan + "/review").with(SignedIn.as(senco)))
                .andExpect(content().string(textarea("childViews", "I want to sit near the front")))
                .andExpect(content().string(textarea("parentViews", "Homework takes hours")));
    }

    @Test
    void with_tiers_off_a_review_offers_no_tier_and_a_tier_posted_anyway_is_ignored() throws Exception {
        long[] pupil = pupilWithAPlan();
        long plan = pupil[1];

        mvc.perform(review(plan, "CONTINUE").param("tier", "TARGETED_PLUS"))
                .andExpect(redirectedUrl("/school/pupils/" + pupil[0]));
        assertThat(jdbc.sql("select count(*) from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN' and p.tier is null").param("c", pupil[0])
                .query(Integer.class).single()).isEqualTo(1);
    }
}
