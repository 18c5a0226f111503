package uk.send.web.home;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.domain.demo.DemoAccounts;

/**
 * What a new user meets: each demo account signs in with the published password, lands on its home,
 * and the home renders in full with the demo data (more than one page where the list is long).
 */
@SpringBootTest(properties = "send.demo-data=true")
@AutoConfigureMockMvc
class DemoAccountsJourneyTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0} lands on {1}")
    @CsvSource({
            "caseworker@demo.send, /caseworker, Your caseload",
            "senco@demo.send, /school, SEN register",
            "parent@demo.send, /parent, Your children",
            "commissioner@demo.send, /commissioner, The local area",
            "panel@demo.send, /panel, Funding panel",
            "admin@demo.send, /admin, Administration",
            "adviser@demo.send, /adviser, Advice requests",
            "localoffer@demo.send, /local-offer-editor, Local Offer entries",
            "provider@demo.send, /provider, Your Local Offer services"})
    void each_demo_account_signs_in_and_sees_its_home_in_full(String email, String home, String heading) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl(home));
        for (String page : List.of(home, home + "?page=2")) {
            mvc.perform(get(page).cookie(session))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(heading)))
                    .andExpect(content().string(containsString("</html>")));
        }
    }

    @org.junit.jupiter.api.Test
    void the_demo_adviser_has_advice_requests_to_answer() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user("adviser@demo.send")
                        .password(DemoAccounts.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/adviser").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/adviser/requests/")))
                .andExpect(content().string(containsString("Not yet given")));
    }

    @org.junit.jupiter.api.Test
    void the_demo_parent_follows_an_open_request_answers_a_draft_and_reads_a_final_plan() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(DemoAccounts.PARENT).password(DemoAccounts.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get("/parent").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The council must tell you whether it will assess by")))
                .andExpect(content().string(containsString("Respond to the draft plan")))
                .andExpect(content().string(containsString("days left")))
                .andExpect(content().string(containsString("Read the plan")));
    }

    /** README: the young person has their case, plan and PDF, and views to give for a review. */
    @org.junit.jupiter.api.Test
    void the_demo_young_person_reads_their_final_plan_and_is_asked_for_views_for_its_review() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(DemoAccounts.YOUNG_PERSON).password(DemoAccounts.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");
        long plan = jdbc.sql("""
                        select p.id from ehc_plan p join app_user u on u.child_id = p.child_id
                        join plan_review r on r.plan_id = p.id and r.status = 'ARRANGED' and r.decision is null
                        where u.email = :email and p.ceased_on is null and p.review_due_on is not null
                          and exists (select 1 from plan_version v where v.plan_id = p.id and v.kind = 'FINAL')""")
                .param("email", DemoAccounts.YOUNG_PERSON).query(Long.class).single();

        mvc.perform(get("/parent").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Read the plan")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Read the draft plan"))))
                .andExpect(content().string(containsString("/parent/reviews/" + plan)));
        mvc.perform(get("/parent/reviews/" + plan).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Send your views")));
    }

    @ParameterizedTest(name = "{0} pages through its list")
    @CsvSource({"caseworker@demo.send, /caseworker", "caseworker@demo.send, /caseworker/children",
            "caseworker.south@demo.send, /caseworker/children"})
    void long_lists_are_paginated(String email, String home) throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(email).password(DemoAccounts.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");

        mvc.perform(get(home).cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-pagination")))
                .andExpect(content().string(containsString("page=2")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** Issue 21's journey: with no account, a short break for an autistic 9-year-old where the family lives. */
    @org.junit.jupiter.api.Test
    void a_parent_without_an_account_finds_a_short_break_for_an_autistic_nine_year_old_in_their_footprint()
            throws Exception {
        long footprint = jdbc.sql("select footprint_id from offer_service where name like 'Saturday autism club%' "
                + "and footprint_id is not null order by id limit 1").query(Long.class).single();

        mvc.perform(get("/local-offer").param("category", "SHORT_BREAKS").param("age", "9").param("need", "ASD")
                        .param("footprint", String.valueOf(footprint)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Saturday autism club")))
                .andExpect(content().string(containsString("/local-offer/services/")));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from offer_service").query(Long.class)
                .single()).isGreaterThanOrEqualTo(60);
    }

    @org.junit.jupiter.api.Test
    void every_demo_child_recorded_as_having_an_ehc_plan_has_a_plan_in_force_and_no_other_child_has() {
        List<Long> recordedE = jdbc.sql("select id from child where sen_provision = 'E' order by id").query(Long.class).list();
        List<Long> withPlanInForce = jdbc.sql("""
                        select distinct p.child_id from ehc_plan p join plan_version v on v.plan_id = p.id
                        where p.ceased_on is null and v.kind in ('FINAL', 'AMENDED') order by p.child_id""")
                .query(Long.class).list();
        org.assertj.core.api.Assertions.assertThat(recordedE).isNotEmpty().isEqualTo(withPlanInForce);
    }

    @org.junit.jupiter.api.Test
    void the_demo_senco_has_support_plans_in_every_state_and_the_demo_parent_reads_the_one_shared(
            @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
        Cookie senco = mvc.perform(formLogin("/login").user(DemoAccounts.SENCO).password(DemoAccounts.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        for (String status : List.of("NO_PLAN", "IN_PLACE", "REVIEW_DUE", "REVIEW_OVERDUE")) {
            mvc.perform(get("/school").param("status", status).cookie(senco))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("/school/pupils/")));
        }
        long shared = jdbc.sql("""
                        select p.id from support_plan p join sen_support_record r on r.id = p.record_id
                        join carer c on c.child_id = r.child_id join app_user u on u.id = c.user_id
                        where u.email = :parent and p.shared_with_family""")
                .param("parent", DemoAccounts.PARENT).query(Long.class).list().get(0);
        Cookie parent = mvc.perform(formLogin("/login").user(DemoAccounts.PARENT).password(DemoAccounts.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/parent/support-plans/" + shared).cookie(parent))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Small-group literacy intervention")));
    }

    @org.junit.jupiter.api.Test
    void the_demo_sencos_dashboard_has_a_pupil_on_every_list_and_a_costed_provision_map_for_this_term() throws Exception {
        Cookie senco = mvc.perform(formLogin("/login").user(DemoAccounts.SENCO).password(DemoAccounts.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        for (String list : List.of("reviews?when=DUE", "reviews?when=OVERDUE", "without-plan", "not-moving")) {
            mvc.perform(get("/school/dashboard/" + list).cookie(senco))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.anyOf(containsString("/school/pupils/"),
                            containsString("/school/plans/"))));
        }
        mvc.perform(get("/school/provision-map").cookie(senco))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Small-group intervention")))
                .andExpect(content().string(containsString("One-to-one intervention")));
    }
}
