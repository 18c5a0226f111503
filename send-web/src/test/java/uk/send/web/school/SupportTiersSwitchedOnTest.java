package uk.send.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The White Paper's tiers of support switched on by configuration alone (ADR 6), with a tier no longer in force: the
 * SENCO must choose a tier in force, the review falls due after that tier's interval, the plan, the register and the
 * dashboard show and filter by tier, and the area's SEN Support figures count pupils by tier.
 */
@SpringBootTest(properties = {
        "send.support.plan-kind=INDIVIDUAL_SUPPORT_PLAN",
        "send.support.tiers[0].code=TARGETED", "send.support.tiers[0].name=Targeted",
        "send.support.tiers[0].in-force=true",
        "send.support.tiers[1].code=TARGETED_PLUS", "send.support.tiers[1].name=Targeted plus",
        "send.support.tiers[1].review-interval=6w", "send.support.tiers[1].in-force=true",
        "send.support.tiers[2].code=ENHANCED", "send.support.tiers[2].name=Enhanced (retired)",
        "send.support.tiers[2].in-force=false"})
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportTiersSwitchedOnTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));

    FootprintView footprint;
    SettingView school;
    AccountView senco;
    AccountView caseworker;
    AccountView commissioner;

    @BeforeAll
    void a_school_its_senco_and_the_area_s_readers() {
        footprint = fixtures.footprint();
        school = fixtures.school(footprint);
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(footprint.id()));
        commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
    }

    MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, LocalDate date) {
        return request.param("day", String.valueOf(date.getDayOfMonth())).param("month", String.valueOf(date.getMonthValue()))
                .param("year", String.valueOf(date.getYear()));
    }

    int recordVersion(long child) {
        return jdbc.sql("select version from sen_support_record where child_id = :c and removed_on is null")
                .param("c", child).query(Integer.class).single();
    }

    long atSenSupport() throws Exception {
        long child = fixtures.child(footprint, school, null);
        mvc.perform(date(post("/school/pupils/" + child + "/add"), today.minusWeeks(10)).with(SignedIn.as(senco))
                .with(csrf()).param("primaryNeed", "SLCN")).andExpect(status().is3xxRedirection());
        return child;
    }

    MockHttpServletRequestBuilder start(long child, LocalDate on) throws Exception {
        return date(post("/school/pupils/" + child + "/plans"), on).with(SignedIn.as(senco)).with(csrf())
                .param("assessmentNotes", "Observed in class").param("version", String.valueOf(recordVersion(child)));
    }

    @Test
    void the_senco_chooses_a_tier_in_force_and_none_or_one_not_in_force_is_a_field_error_with_what_was_typed_kept() throws Exception {
        long child = atSenSupport();
        mvc.perform(get("/school/pupils/" + child + "/plans/new").with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tier of support")))
                .andExpect(content().string(containsString("Targeted plus")))
                .andExpect(content().string(not(containsString("Enhanced (retired)"))));

        mvc.perform(start(child, today.minusWeeks(3))).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Choose the tier of support")))
                .andExpect(content().string(containsString("Observed in class")));
        mvc.perform(start(child, today.minusWeeks(3)).param("tier", "ENHANCED")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the tiers of support in use")));
        mvc.perform(start(child, today.minusWeeks(3)).param("tier", "SPECIALIST")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the tiers of support in use")));
        assertThat(jdbc.sql("select count(*) from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c").param("c", child).query(Long.class).single()).isZero();
    }

    @Test
    void a_plan_in_a_tier_falls_due_after_its_interval_and_the_plan_register_dashboard_and_area_show_the_tier() throws Exception {
        long child = atSenSupport();
        String location = mvc.perform(start(child, today.minusWeeks(3)).param("tier", "TARGETED_PLUS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        assertThat(jdbc.sql("select tier, kind, review_due from support_plan where id = :id").param("id", plan)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3, LocalDate.class))
                .single()).isEqualTo("TARGETED_PLUS INDIVIDUAL_SUPPORT_PLAN " + today.minusWeeks(3).plusWeeks(6));
        mvc.perform(get("/school/plans/" + plan).with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Targeted plus")));

        String pupilLink = "/school/pupils/" + child + "\"";
        mvc.perform(get("/school").param("tier", "TARGETED_PLUS").with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Any tier")))
                .andExpect(content().string(containsString(pupilLink)))
                .andExpect(content().string(containsString("Targeted plus")));
        mvc.perform(get("/school").param("tier", "TARGETED").with(SignedIn.as(senco)))
                .andExpect(content().string(not(containsString(pupilLink))));

        String planLink = "/school/plans/" + plan + "\"";
        mvc.perform(get("/school/dashboard/reviews").param("tier", "TARGETED_PLUS").with(SignedIn.as(senco)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(planLink)));
        mvc.perform(get("/school/dashboard/reviews").param("tier", "TARGETED").with(SignedIn.as(senco)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(planLink))));
        mvc.perform(get("/school/dashboard/reviews.csv").param("tier", "TARGETED_PLUS").with(SignedIn.as(senco)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Targeted plus")));

        mvc.perform(get("/area/sen-support").with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("By tier of support")))
                .andExpect(content().string(containsString("Targeted plus")))
                .andExpect(content().string(containsString("No tier (or no plan in progress)")));
        mvc.perform(get("/area/sen-support").with(SignedIn.as(commissioner))).andExpect(status().isOk())
                .andExpect(content().string(containsString("By tier of support")));
    }

    @Test
    void at_a_review_the_senco_changes_the_tier_kept_with_the_next_cycle_whose_review_follows_the_new_tier_s_interval() throws Exception {
        long child = atSenSupport();
        String location = mvc.perform(start(child, today.minusWeeks(3)).param("tier", "TARGETED_PLUS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/school/plans/" + plan + "/review").with(SignedIn.as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tier of support")))
                .andExpect(content().string(containsString("value=\"TARGETED\"")))
                .andExpect(content().string(not(containsString("Enhanced (retired)"))))
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<input[^>]*value=\"TARGETED_PLUS\"[^>]*checked.*")));

        mvc.perform(review(plan, "ENHANCED")).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Choose one of the tiers of support in use")))
                .andExpect(content().string(containsString("Kept as typed")));
        mvc.perform(review(plan, "TARGETED")).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select tier from support_plan where id = :id").param("id", plan).query(String.class).single())
                .as("the reviewed cycle keeps the tier it ran in").isEqualTo("TARGETED_PLUS");
        assertThat(jdbc.sql("""
                        select p.tier || ' ' || p.starts_on || ' ' || p.review_due from support_plan p
                        join sen_support_record r on r.id = p.record_id where r.child_id = :c and p.status = 'OPEN'""")
                .param("c", child).query(String.class).single())
                .as("targeted has no interval of its own: the council's 12 weeks from the review")
                .isEqualTo("TARGETED " + today + " " + today.plusWeeks(12));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PLAN_EDITED' and entity_id = :p "
                + "and detail like '%tier TARGETED_PLUS to TARGETED%'").param("p", String.valueOf(plan))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void the_dashboard_s_plans_not_moved_in_two_cycles_filter_by_tier_and_show_it() throws Exception {
        long child = atSenSupport();
        String location = mvc.perform(start(child, today.minusWeeks(10)).param("tier", "TARGETED_PLUS"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long first = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(review(first, "TARGETED_PLUS", today.minusWeeks(6))).andExpect(status().is3xxRedirection());
        long second = jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
        mvc.perform(review(second, "TARGETED_PLUS", today.minusWeeks(3))).andExpect(status().is3xxRedirection());

        String pupilLink = "/school/pupils/" + child + "\"";
        mvc.perform(get("/school/dashboard/not-moving").param("tier", "TARGETED_PLUS").with(SignedIn.as(senco)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(pupilLink)))
                .andExpect(content().string(containsString("Any tier")))
                .andExpect(content().string(containsString("Targeted plus")));
        mvc.perform(get("/school/dashboard/not-moving").param("tier", "TARGETED").with(SignedIn.as(senco)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(pupilLink))));
        mvc.perform(get("/school/dashboard/not-moving.csv").param("tier", "TARGETED_PLUS").with(SignedIn.as(senco)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Targeted plus")));
        mvc.perform(get("/school/dashboard/not-moving").param("tier", "x".repeat(5000)).with(SignedIn.as(senco)))
                .andExpect(status().isOk());
    }

    MockHttpServletRequestBuilder review(long plan, String tier) {
        return review(plan, tier, today);
    }

    MockHttpServletRequestBuilder review(long plan, String tier, LocalDate on) {
        int version = jdbc.sql("select version from support_plan where id = :id").param("id", plan)
                .query(Integer.class).single();
        return date(post("/school/plans/" + plan + "/review"), on).with(SignedIn.as(senco)).with(csrf())
                .param("nextStep", "CONTINUE").param("reviewNotes", "Kept as typed").param("tier", tier)
                .param("version", String.valueOf(version));
    }

    @Test
    void an_unknown_tier_in_a_filter_filters_nothing_and_a_tier_too_long_or_with_control_characters_is_a_field_error() throws Exception {
        mvc.perform(get("/school").param("tier", "NOT_A_TIER'--").with(SignedIn.as(senco))).andExpect(status().isOk());
        mvc.perform(get("/school/dashboard/reviews").param("tier", "x".repeat(5000)).with(SignedIn.as(senco)))
                .andExpect(status().isOk());
        long child = atSenSupport();
        mvc.perform(start(child, today).param("tier", "T".repeat(21))).andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")));
    }
}
