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
import java.util.Map;
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
import uk.send.domain.reference.Upn;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * Pupils leaving and joining: leaving ends SEN Support at the school left (it follows the child, who stays K) and
 * takes the pupil off its roll; joining finds a pupil only by UPN and date of birth together and continues their
 * SEN Support; the new school reads the earlier school's cycles only when the family agreed (the SENCO with the day
 * the parent agreed, or the parent). A SENCO never reaches another school's pupil by list, URL or search.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PupilMovesTest {

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
    SettingView first;
    SettingView second;
    SettingView third;
    AccountView firstSenco;
    AccountView secondSenco;
    AccountView thirdSenco;
    AccountView parent;
    Viewer firstViewer;

    @BeforeAll
    void three_schools_and_their_sencos() {
        north = fixtures.footprint();
        first = fixtures.school(north);
        second = fixtures.school(north);
        third = fixtures.school(north);
        firstSenco = fixtures.account(Role.SENCO, first.id(), Set.of());
        secondSenco = fixtures.account(Role.SENCO, second.id(), Set.of());
        thirdSenco = fixtures.account(Role.SENCO, third.id(), Set.of());
        parent = fixtures.account(Role.PARENT, null, Set.of());
        firstViewer = accounts.viewer(firstSenco.id()).orElseThrow();
    }

    record Pupil(long child, Upn upn, LocalDate born, long plan) {
    }

    /** A pupil at SEN Support at the first school, with a UPN and a cycle in progress (shared with the family). */
    Pupil atFirstSchool() {
        long child = fixtures.child(north, first, parent);
        Upn upn = Upn.generate(938, 2000 + Fixtures.next() % 7000, 26, Fixtures.next() % 1000);
        jdbc.sql("update child set upn = :upn where id = :id").param("upn", upn.value()).param("id", child).update();
        LocalDate born = jdbc.sql("select date_of_birth from child where id = :id").param("id", child)
                .query(LocalDate.class).single();
        support.addToSenSupport(firstViewer, child, new AddToSenSupport(NeedCode.ASD, null, today.minusWeeks(20)));
        long plan = support.startPlan(firstViewer, child, support.pupil(firstViewer, child).current().orElseThrow().version(),
                new StartPlan(null, today.minusWeeks(10), null, "Finds change hard"));
        support.change(firstViewer, plan, support.plan(firstViewer, plan).version(),
                new SupportPlanCommand.AddOutcome("Copes with a change of room", OutcomeTag.I_AM_INCLUDED));
        support.change(firstViewer, plan, support.plan(firstViewer, plan).version(), new SupportPlanCommand.Share(true));
        return new Pupil(child, upn, born, plan);
    }

    MockHttpServletRequestBuilder dated(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix.isEmpty() ? "day" : prefix + "Day", String.valueOf(date.getDayOfMonth()))
                .param(prefix.isEmpty() ? "month" : prefix + "Month", String.valueOf(date.getMonthValue()))
                .param(prefix.isEmpty() ? "year" : prefix + "Year", String.valueOf(date.getYear()));
    }

    MockHttpServletRequestBuilder join(AccountView senco, Pupil p, LocalDate born, LocalDate on) {
        MockHttpServletRequestBuilder request = dated(post("/school/join"), "born", born)
                .with(SignedIn.as(senco)).with(csrf()).param("upn", p.upn().value());
        return on == null ? request : dated(request, "", on);
    }

    Map<String, Object> record(long child, long setting) {
        return jdbc.sql("select * from sen_support_record where child_id = :c and setting_id = :s")
                .param("c", child).param("s", setting).query().singleRow();
    }

    String provision(long child) {
        return jdbc.sql("select sen_provision from child where id = :id").param("id", child).query(String.class).single();
    }

    @Test
    void a_pupil_leaving_ends_support_there_keeps_k_and_leaves_the_roll() throws Exception {
        Pupil p = atFirstSchool();
        for (int i = 0; i < 100 && !"K".equals(provision(p.child())); i++) {
            Thread.sleep(200); // the census follows after commit
        }
        assertThat(provision(p.child())).isEqualTo("K");

        mvc.perform(dated(post("/school/pupils/" + p.child() + "/leave"), "", today.plusDays(1))
                        .with(SignedIn.as(firstSenco)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(dated(post("/school/pupils/" + p.child() + "/leave"), "", today).param("destination", "999999999")
                        .with(SignedIn.as(firstSenco)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choose the school they went to")));
        mvc.perform(dated(post("/school/pupils/" + p.child() + "/leave"), "", today)
                        .param("destination", String.valueOf(second.id())).with(SignedIn.as(thirdSenco)).with(csrf()))
                .andExpect(status().isNotFound());

        mvc.perform(dated(post("/school/pupils/" + p.child() + "/leave"), "", today)
                        .param("destination", String.valueOf(second.id())).with(SignedIn.as(firstSenco)).with(csrf()))
                .andExpect(redirectedUrl("/school"));

        Map<String, Object> left = record(p.child(), first.id());
        assertThat(left.get("removal_reason")).isEqualTo("LEFT_SETTING");
        assertThat(((Number) left.get("left_to_setting_id")).longValue()).isEqualTo(second.id());
        assertThat(jdbc.sql("select status from support_plan where id = :id").param("id", p.plan())
                .query(String.class).single()).isEqualTo("ENDED");
        assertThat(jdbc.sql("select setting_id from child where id = :id").param("id", p.child())
                .query(Long.class).single()).isEqualTo(second.id());
        Thread.sleep(1500); // the census listener runs after commit: it must leave the pupil at K
        assertThat(provision(p.child())).isEqualTo("K");
        mvc.perform(get("/school/pupils/" + p.child()).with(SignedIn.as(firstSenco))).andExpect(status().isNotFound());
    }

    @Test
    void a_pupil_joining_is_found_only_by_upn_and_date_of_birth_and_their_support_follows_them() throws Exception {
        Pupil p = atFirstSchool();
        String name = jdbc.sql("select given_name || ' ' || family_name from child where id = :id").param("id", p.child())
                .query(String.class).single();

        // nothing to browse: the search on the register and the add page are the school's own pupils
        mvc.perform(get("/school").param("q", name).with(SignedIn.as(secondSenco)))
                .andExpect(content().string(not(containsString("/school/pupils/" + p.child() + "\""))));
        mvc.perform(get("/school/add").param("q", name).with(SignedIn.as(secondSenco)))
                .andExpect(content().string(not(containsString("/school/pupils/" + p.child() + "/"))));
        mvc.perform(get("/school/pupils/" + p.child()).with(SignedIn.as(secondSenco))).andExpect(status().isNotFound());

        // a wrong date of birth finds no one, and says nothing of who has the UPN
        mvc.perform(dated(post("/school/join/find"), "born", p.born().minusDays(1)).param("upn", p.upn().value())
                        .with(SignedIn.as(secondSenco)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("No pupil has that UPN")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(join(secondSenco, p, p.born().minusDays(1), today)).andExpect(status().isNotFound());

        mvc.perform(dated(post("/school/join/find"), "born", p.born()).param("upn", p.upn().value())
                        .with(SignedIn.as(secondSenco)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("continues here")));

        mvc.perform(join(secondSenco, p, p.born(), today)).andExpect(redirectedUrl("/school/pupils/" + p.child()));

        Map<String, Object> before = record(p.child(), first.id());
        Map<String, Object> now = record(p.child(), second.id());
        assertThat(before.get("removal_reason")).isEqualTo("LEFT_SETTING");
        assertThat(now.get("removed_on")).isNull();
        assertThat(now.get("primary_need")).isEqualTo("ASD");
        assertThat(((Number) now.get("previous_record_id")).longValue()).isEqualTo(((Number) before.get("id")).longValue());
        mvc.perform(get("/school/pupils/" + p.child()).with(SignedIn.as(firstSenco))).andExpect(status().isNotFound());

        // the family has not agreed: the new school sees that there was an earlier record, not its cycles
        mvc.perform(get("/school/pupils/" + p.child()).with(SignedIn.as(secondSenco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("not agreed to share")))
                .andExpect(content().string(not(containsString("/school/earlier-plans/" + p.plan()))));
        mvc.perform(get("/school/earlier-plans/" + p.plan()).with(SignedIn.as(secondSenco))).andExpect(status().isNotFound());

        // the parent agrees, on the plan the first school shared with them
        mvc.perform(post("/parent/support-plans/" + p.plan() + "/sharing").param("shared", "true")
                        .with(SignedIn.as(parent)).with(csrf()))
                .andExpect(redirectedUrl("/parent/support-plans/" + p.plan()));
        assertThat(record(p.child(), first.id()).get("shared_with_next_school")).isEqualTo(true);
        assertThat(record(p.child(), first.id()).get("sharing_by_parent")).isEqualTo(true);

        mvc.perform(get("/school/pupils/" + p.child()).with(SignedIn.as(secondSenco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/earlier-plans/" + p.plan())));
        mvc.perform(get("/school/earlier-plans/" + p.plan()).with(SignedIn.as(secondSenco))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Copes with a change of room")));
        // the earlier school's cycle is not the new school's to change or to build a request on
        mvc.perform(get("/school/plans/" + p.plan()).with(SignedIn.as(secondSenco))).andExpect(status().isNotFound());
        mvc.perform(get("/school/earlier-plans/" + p.plan()).with(SignedIn.as(thirdSenco))).andExpect(status().isNotFound());

        // on the roll already: the second school cannot join them twice
        mvc.perform(join(secondSenco, p, p.born(), today)).andExpect(status().isOk())
                .andExpect(content().string(containsString("on your school")));
    }

    @Test
    void the_senco_records_the_family_agreeing_with_the_day_they_agreed() throws Exception {
        Pupil p = atFirstSchool();
        int version = ((Number) record(p.child(), first.id()).get("version")).intValue();
        mvc.perform(post("/school/pupils/" + p.child() + "/sharing").param("shared", "true")
                        .param("version", String.valueOf(version)).with(SignedIn.as(firstSenco)).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the date the parent agreed")));
        mvc.perform(dated(post("/school/pupils/" + p.child() + "/sharing"), "", today.minusDays(3)).param("shared", "true")
                        .param("version", String.valueOf(version)).with(SignedIn.as(firstSenco)).with(csrf()))
                .andExpect(redirectedUrl("/school/pupils/" + p.child() + "#sharing"));
        Map<String, Object> shared = record(p.child(), first.id());
        assertThat(shared.get("shared_with_next_school")).isEqualTo(true);
        assertThat(shared.get("sharing_by_parent")).isEqualTo(false);
        assertThat(shared.get("sharing_agreed_on").toString()).isEqualTo(today.minusDays(3).toString());
        mvc.perform(dated(post("/school/pupils/" + p.child() + "/sharing"), "", today).param("shared", "true")
                        .param("version", String.valueOf(version + 1)).with(SignedIn.as(thirdSenco)).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
