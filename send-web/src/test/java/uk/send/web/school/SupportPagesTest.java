package uk.send.web.school;

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

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.support.SharedPlan;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * The SENCO's SEN Support pages, per page and per role: a full assess-plan-do-review cycle in the browser's
 * steps, shared with the parent; and every refusal — another school's SENCO by URL, other roles on /school, a
 * parent on a plan not shared or not their child's.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SupportPagesTest {

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
    SettingView otherSchool;
    AccountView senco;
    AccountView otherSenco;
    AccountView parent;
    AccountView otherParent;
    AccountView caseworker;
    long pupil;
    long pupilWithoutSen;
    long otherPupil;

    @BeforeAll
    void two_schools_with_their_sencos_and_a_family() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        otherSchool = fixtures.school(north);
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        otherSenco = fixtures.account(Role.SENCO, otherSchool.id(), Set.of());
        parent = fixtures.account(Role.PARENT, null, Set.of());
        otherParent = fixtures.account(Role.PARENT, null, Set.of());
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        pupil = fixtures.child(north, school, parent);
        pupilWithoutSen = fixtures.child(north, school, null);
        otherPupil = fixtures.child(north, otherSchool, otherParent);
    }

    RequestPostProcessor as(AccountView account) {
        return SignedIn.as(account);
    }

    MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix.isEmpty() ? "day" : prefix + "Day", String.valueOf(date.getDayOfMonth()))
                .param(prefix.isEmpty() ? "month" : prefix + "Month", String.valueOf(date.getMonthValue()))
                .param(prefix.isEmpty() ? "year" : prefix + "Year", String.valueOf(date.getYear()));
    }

    int version(String table, long id) {
        return jdbc.sql("select version from " + table + " where id = :id").param("id", id).query(Integer.class).single();
    }

    long record(long child) {
        return jdbc.sql("select id from sen_support_record where child_id = :c and removed_on is null").param("c", child)
                .query(Long.class).single();
    }

    long openPlan(long child) {
        return jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
    }

    @Test
    void a_senco_adds_a_pupil_runs_a_full_cycle_and_shares_it_with_the_parent() throws Exception {
        long child = fixtures.child(north, school, parent);
        mvc.perform(get("/school/add").with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/pupils/" + child + "/add")));
        mvc.perform(get("/school").with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/school/pupils/" + child + "\""))));

        mvc.perform(date(post("/school/pupils/" + child + "/add"), "", today.minusWeeks(14)).with(as(senco)).with(csrf())
                        .param("primaryNeed", "SLCN").param("secondaryNeed", "SEMH"))
                .andExpect(redirectedUrl("/school/pupils/" + child));
        mvc.perform(get("/school").param("need", "SLCN").with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/pupils/" + child + "\"")))
                .andExpect(content().string(containsString("No current plan")));

        long record = record(child);
        String location = mvc.perform(date(post("/school/pupils/" + child + "/plans"), "", today.minusWeeks(13))
                        .with(as(senco)).with(csrf()).param("assessmentNotes", "Finds spoken instructions hard")
                        .param("version", String.valueOf(version("sen_support_record", record))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        mvc.perform(get("/school").param("status", "REVIEW_OVERDUE").with(as(senco)))
                .andExpect(content().string(containsString("/school/pupils/" + child + "\"")));

        mvc.perform(post("/school/plans/" + plan + "/outcomes").with(as(senco)).with(csrf())
                        .param("outcome", "Follows two-step instructions").param("framework", "I_AM_HEARD")
                        .param("version", String.valueOf(version("support_plan", plan))))
                .andExpect(redirectedUrl("/school/plans/" + plan + "#outcomes"));
        mvc.perform(post("/school/plans/" + plan + "/provision").with(as(senco)).with(csrf())
                        .param("what", "Language group").param("howOften", "Twice a week").param("byWhom", "Teaching assistant")
                        .param("weeklyHours", "1.5").param("cost", "£1,250.50")
                        .param("version", String.valueOf(version("support_plan", plan))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose the type of provision")));
        mvc.perform(post("/school/plans/" + plan + "/provision").with(as(senco)).with(csrf())
                        .param("what", "Language group").param("type", "SMALL_GROUP").param("howOften", "Twice a week")
                        .param("byWhom", "Teaching assistant").param("weeklyHours", "1.5").param("cost", "£1,250.50")
                        .param("version", String.valueOf(version("support_plan", plan))))
                .andExpect(redirectedUrl("/school/plans/" + plan + "#provision"));
        mvc.perform(get("/school/plans/" + plan).with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("£1,250.50")))
                .andExpect(content().string(containsString("Small-group intervention")))
                .andExpect(content().string(containsString("Record the review")));

        mvc.perform(get("/parent/support-plans/" + plan).with(as(parent))).andExpect(status().isNotFound());
        mvc.perform(post("/school/plans/" + plan + "/share").with(as(senco)).with(csrf()).param("shared", "true")
                .param("version", String.valueOf(version("support_plan", plan)))).andExpect(status().is3xxRedirection());
        mvc.perform(get("/parent/support-plans/" + plan).with(as(parent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Follows two-step instructions")))
                .andExpect(content().string(not(containsString("Record the review"))));
        mvc.perform(get("/parent/support-plans/" + plan).with(as(otherParent))).andExpect(status().isNotFound());
        assertThat(support.sharedWith(accounts.viewer(parent.id()).orElseThrow())).extracting(SharedPlan::planId)
                .contains(plan);

        mvc.perform(post("/school/plans/" + plan + "/outcomes/0/progress").with(as(senco)).with(csrf())
                .param("progress", "PARTLY_ACHIEVED").param("progressNote", "Most days")
                .param("version", String.valueOf(version("support_plan", plan)))).andExpect(status().is3xxRedirection());
        mvc.perform(date(post("/school/plans/" + plan + "/review"), "", today).with(as(senco)).with(csrf())
                        .param("nextStep", "CONTINUE").param("childViews", "I like the group")
                        .param("parentViews", "Better at home").param("version", String.valueOf(version("support_plan", plan))))
                .andExpect(redirectedUrl("/school/pupils/" + child));

        mvc.perform(get("/school/pupils/" + child).with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cycle 2")))
                .andExpect(content().string(containsString("Continue the plan")));
        mvc.perform(get("/school/plans/" + plan).with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("I like the group")))
                .andExpect(content().string(not(containsString("Record the review"))));
        mvc.perform(get("/school/plans/" + plan + "/review").with(as(senco))).andExpect(status().isNotFound());
        assertThat(openPlan(child)).isNotEqualTo(plan);
    }

    @Test
    void the_register_lists_pupils_at_sen_support_and_with_plans_and_never_those_with_no_sen() throws Exception {
        jdbc.sql("update child set sen_provision = 'E', primary_need = 'ASD' where id = :id").param("id", pupil).update();
        mvc.perform(get("/school").with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/pupils/" + pupil + "\"")))
                .andExpect(content().string(not(containsString("/school/pupils/" + pupilWithoutSen + "\""))));
        mvc.perform(get("/school").with(as(otherSenco))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/school/pupils/" + pupil + "\""))));
        mvc.perform(get("/school").param("q", "Tester").with(as(otherSenco))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/school/pupils/" + pupil + "\""))));
    }

    @Test
    void another_schools_senco_is_refused_the_pupil_and_their_plans_by_url() throws Exception {
        long child = fixtures.child(north, school, null);
        support.addToSenSupport(accounts.viewer(senco.id()).orElseThrow(), child,
                new uk.send.pathway.support.AddToSenSupport(uk.send.domain.reference.NeedCode.MLD, null, today));
        long plan = support.startPlan(accounts.viewer(senco.id()).orElseThrow(), child, version("sen_support_record", record(child)),
                new uk.send.pathway.support.StartPlan(null, today, null, null));

        mvc.perform(get("/school/pupils/" + child).with(as(otherSenco))).andExpect(status().isNotFound());
        mvc.perform(get("/school/pupils/" + child + "/add").with(as(otherSenco))).andExpect(status().isNotFound());
        mvc.perform(get("/school/plans/" + plan).with(as(otherSenco))).andExpect(status().isNotFound());
        mvc.perform(post("/school/plans/" + plan + "/outcomes").with(as(otherSenco)).with(csrf())
                .param("outcome", "x").param("framework", "I_AM_SAFE").param("version", "0")).andExpect(status().isNotFound());
        mvc.perform(get("/school/pupils/" + Long.MAX_VALUE).with(as(senco))).andExpect(status().isNotFound());
        mvc.perform(get("/school/plans/" + Long.MAX_VALUE).with(as(senco))).andExpect(status().isNotFound());
        mvc.perform(get("/school/plans/abc").with(as(senco))).andExpect(status().isNotFound());
        mvc.perform(get("/parent/support-plans/" + plan).with(as(senco))).andExpect(status().isForbidden());
    }

    @Test
    void caseworkers_parents_and_administrators_are_refused_the_schools_pages() throws Exception {
        for (AccountView other : new AccountView[] {caseworker, parent, fixtures.account(Role.ADMIN, null, Set.of())}) {
            mvc.perform(get("/school").with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/school/pupils/" + pupil).with(as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/school/add").with(as(other))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/parent/support-plans/1").with(as(caseworker))).andExpect(status().isForbidden());
    }

    @Test
    void a_date_in_the_future_and_a_review_more_than_a_year_away_are_field_errors_with_what_was_typed_kept() throws Exception {
        long child = fixtures.child(north, school, null);
        mvc.perform(date(post("/school/pupils/" + child + "/add"), "", today.plusDays(1)).with(as(senco)).with(csrf())
                        .param("primaryNeed", "SPLD"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("The date must be today or earlier")));
        mvc.perform(date(post("/school/pupils/" + child + "/add"), "", today).with(as(senco)).with(csrf())
                .param("primaryNeed", "SPLD")).andExpect(status().is3xxRedirection());
        mvc.perform(date(date(post("/school/pupils/" + child + "/plans"), "", today), "review", today.plusYears(1).plusDays(1))
                        .with(as(senco)).with(csrf()).param("assessmentNotes", "Kept notes")
                        .param("version", String.valueOf(version("sen_support_record", record(child)))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("A plan is reviewed at least every 12 months")))
                .andExpect(content().string(containsString("Kept notes")));
    }

    @Test
    void a_pupil_removed_from_sen_support_leaves_the_register_and_their_history_is_kept() throws Exception {
        long child = fixtures.child(north, school, null);
        mvc.perform(date(post("/school/pupils/" + child + "/add"), "", today.minusMonths(2)).with(as(senco)).with(csrf())
                .param("primaryNeed", "SEMH")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/school/pupils/" + child + "/remove").with(as(senco))).andExpect(status().isOk());
        mvc.perform(date(post("/school/pupils/" + child + "/remove"), "", today).with(as(senco)).with(csrf())
                        .param("reason", "LEFT_SETTING").param("note", "Moved to another area")
                        .param("version", String.valueOf(version("sen_support_record", record(child)))))
                .andExpect(redirectedUrl("/school/pupils/" + child));

        mvc.perform(get("/school").with(as(senco)))
                .andExpect(content().string(not(containsString("/school/pupils/" + child + "\""))));
        mvc.perform(get("/school/pupils/" + child).with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Left the school")))
                .andExpect(content().string(containsString("Moved to another area")));
    }

    @Test
    void with_tiers_off_today_s_law_the_start_page_asks_no_tier_the_plan_carries_none_and_the_area_has_no_tier_table() throws Exception {
        long child = fixtures.child(north, school, null);
        mvc.perform(date(post("/school/pupils/" + child + "/add"), "", today.minusWeeks(2)).with(as(senco)).with(csrf())
                .param("primaryNeed", "MLD")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/school/pupils/" + child + "/plans/new").with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tier of support"))));
        // a tier posted anyway (form tampering) is ignored: the page never offered one
        mvc.perform(date(post("/school/pupils/" + child + "/plans"), "", today.minusWeeks(1)).with(as(senco)).with(csrf())
                        .param("tier", "TARGETED").param("version", String.valueOf(version("sen_support_record", record(child)))))
                .andExpect(status().is3xxRedirection());
        long plan = openPlan(child);
        assertThat(jdbc.sql("select tier is null and review_due = starts_on + 84 from support_plan where id = :id")
                .param("id", plan).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/school/plans/" + plan).with(as(senco))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tier of support"))));
        mvc.perform(get("/school").with(as(senco))).andExpect(content().string(not(containsString("Any tier"))));
        mvc.perform(get("/area/sen-support").with(as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("By tier of support"))));
    }
}
