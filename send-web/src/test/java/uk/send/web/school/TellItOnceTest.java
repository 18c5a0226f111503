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

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.ProvisionItem;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.WeeklyHours;
import uk.send.web.security.SignedIn;

/**
 * "Tell it once": a SENCO who reviews a cycle with the next step "request an EHC needs assessment" is taken to the
 * request, which arrives on the caseworker's caseload with the pupil's SEN Support cycles as its evidence (read from
 * the record, not copied), shows on the parent's case page, is refused while a case is open, is audited, and is
 * out of reach (404) for another school's SENCO, a caseworker of another area, and any cycle not so reviewed.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TellItOnceTest {

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
    FootprintView south;
    SettingView school;
    SettingView otherSchool;
    AccountView senco;
    AccountView otherSenco;
    AccountView parent;
    AccountView caseworker;
    AccountView southCaseworker;
    Viewer sencoViewer;

    @BeforeAll
    void two_schools_a_family_and_two_areas_caseworkers() {
        north = fixtures.footprint();
        south = fixtures.footprint();
        school = fixtures.school(north);
        otherSchool = fixtures.school(north);
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        otherSenco = fixtures.account(Role.SENCO, otherSchool.id(), Set.of());
        parent = fixtures.account(Role.PARENT, null, Set.of());
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(south.id()));
        sencoViewer = accounts.viewer(senco.id()).orElseThrow();
    }

    /** A pupil with one cycle done (continue) and a second with an outcome and provision, open for its review. */
    long[] pupilWithTwoCycles() {
        long child = fixtures.child(north, school, parent);
        support.addToSenSupport(sencoViewer, child, new AddToSenSupport(NeedCode.SLCN, NeedCode.SEMH, today.minusWeeks(30)));
        long first = support.startPlan(sencoViewer, child, support.pupil(sencoViewer, child).current().orElseThrow().version(),
                new StartPlan(null, today.minusWeeks(28), null, "Struggles with spoken instructions"));
        change(first, new SupportPlanCommand.AddOutcome("Follows two-step instructions", OutcomeTag.I_AM_HEARD));
        change(first, new SupportPlanCommand.AddProvision(new ProvisionItem("Language group", "Twice a week",
                "Teaching assistant", WeeklyHours.parse("1.5"), Money.ofPounds("1250.50"))));
        change(first, new SupportPlanCommand.Review(today.minusWeeks(16), NextStep.CONTINUE, "Groups are noisy",
                "Progress is slow", null, null));
        long second = openPlan(child);
        change(second, new SupportPlanCommand.AddProvision(new ProvisionItem("Speech therapy", "Weekly", "Therapist",
                WeeklyHours.parse("1"), Money.ofPounds("2000"))));
        return new long[] {child, second};
    }

    void change(long plan, SupportPlanCommand command) {
        support.change(sencoViewer, plan, support.plan(sencoViewer, plan).version(), command);
    }

    long openPlan(long child) {
        return jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
    }

    MockHttpServletRequestBuilder review(long plan) {
        return post("/school/plans/" + plan + "/review").with(SignedIn.as(senco)).with(csrf())
                .param("day", String.valueOf(today.getDayOfMonth())).param("month", String.valueOf(today.getMonthValue()))
                .param("year", String.valueOf(today.getYear())).param("nextStep", "REQUEST_EHC_NEEDS_ASSESSMENT")
                .param("childViews", "I want help with talking").param("parentViews", "We agree an assessment is needed")
                .param("reviewNotes", "Two cycles, little progress despite therapy")
                .param("version", String.valueOf(support.plan(sencoViewer, plan).version()));
    }

    MockHttpServletRequestBuilder send(long plan, AccountView as, String reasons) {
        return post("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(as)).with(csrf())
                .param("reasons", reasons);
    }

    int cases(long child) {
        return jdbc.sql("select count(*) from needs_assessment where child_id = :c").param("c", child)
                .query(Integer.class).single();
    }

    @Test
    void the_request_arrives_on_the_caseload_with_every_cycle_as_its_evidence() throws Exception {
        long[] pupil = pupilWithTwoCycles();
        long child = pupil[0];
        long plan = pupil[1];

        mvc.perform(review(plan)).andExpect(redirectedUrl("/school/plans/" + plan + "/request-assessment"));
        mvc.perform(get("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(senco)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Two cycles, little progress despite therapy")))
                .andExpect(content().string(containsString("(3 in all)")));
        mvc.perform(get("/school/plans/" + plan).with(SignedIn.as(senco)))
                .andExpect(content().string(containsString("/school/plans/" + plan + "/request-assessment")));

        mvc.perform(send(plan, senco, "  ")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Say why the school is asking for an assessment")));
        assertThat(cases(child)).isZero();

        mvc.perform(send(plan, senco, "Needs more than SEN Support can give"))
                .andExpect(redirectedUrl("/school/pupils/" + child));

        var row = jdbc.sql("""
                        select id, requested_by, requesting_setting_id, support_record_id, request_received, reasons, evidence
                        from needs_assessment where child_id = :c""").param("c", child).query().singleRow();
        long caseId = ((Number) row.get("id")).longValue();
        long record = jdbc.sql("select id from sen_support_record where child_id = :c").param("c", child)
                .query(Long.class).single();
        assertThat(row.get("requested_by")).isEqualTo("SETTING");
        assertThat(((Number) row.get("requesting_setting_id")).longValue()).isEqualTo(school.id());
        assertThat(((Number) row.get("support_record_id")).longValue()).isEqualTo(record);
        assertThat(row.get("request_received").toString()).isEqualTo(today.toString());
        assertThat(row.get("reasons")).isEqualTo("Needs more than SEN Support can give");
        assertThat(row.get("evidence")).as("linked by id, not copied").isNull();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ASSESSMENT_REQUESTED' and entity_id = :id")
                .param("id", String.valueOf(caseId)).query(Integer.class).single()).isEqualTo(1);

        mvc.perform(get("/caseworker").with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/caseworker/assessments/" + caseId + "\"")));
        mvc.perform(get("/caseworker/assessments/" + caseId).with(SignedIn.as(caseworker))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Evidence from the school (SEN Support)")))
                .andExpect(content().string(containsString(school.name() + " (the school")))
                .andExpect(content().string(containsString("Cycle 1: ")))
                .andExpect(content().string(containsString("Cycle 2: ")))
                .andExpect(content().string(containsString("Cycle 3: ")))
                .andExpect(content().string(containsString("Struggles with spoken instructions")))
                .andExpect(content().string(containsString("Follows two-step instructions")))
                .andExpect(content().string(containsString("Language group")))
                .andExpect(content().string(containsString("£1,250.50")))
                .andExpect(content().string(containsString("Speech therapy")))
                .andExpect(content().string(containsString("Groups are noisy")))
                .andExpect(content().string(containsString("We agree an assessment is needed")));
        mvc.perform(get("/caseworker/assessments/" + caseId).with(SignedIn.as(southCaseworker)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/parent/cases/" + caseId).with(SignedIn.as(parent))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Asked for by")))
                .andExpect(content().string(containsString(school.name())));

        // one open case at a time: the page says so, and a second request is refused on the same page
        mvc.perform(get("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(senco)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("already has an open EHC needs assessment")))
                .andExpect(content().string(not(containsString("Send the request"))));
        mvc.perform(send(plan, senco, "Again")).andExpect(status().isOk())
                .andExpect(content().string(containsString("already has an open EHC needs assessment")));
        assertThat(cases(child)).isEqualTo(1);
    }

    @Test
    void another_school_and_a_cycle_not_reviewed_for_a_request_are_not_found() throws Exception {
        long[] pupil = pupilWithTwoCycles();
        long child = pupil[0];
        long plan = pupil[1];
        long reviewedToContinue = jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.cycle = 1").param("c", child).query(Long.class).single();

        mvc.perform(get("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(senco)))
                .andExpect(status().isNotFound());
        mvc.perform(send(reviewedToContinue, senco, "Why")).andExpect(status().isNotFound());
        mvc.perform(review(plan)).andExpect(status().is3xxRedirection());

        mvc.perform(get("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(otherSenco)))
                .andExpect(status().isNotFound());
        mvc.perform(send(plan, otherSenco, "Tampered")).andExpect(status().isNotFound());
        mvc.perform(get("/school/plans/" + plan + "/request-assessment").with(SignedIn.as(caseworker)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/school/plans/999999999/request-assessment").with(SignedIn.as(senco)))
                .andExpect(status().isNotFound());
        assertThat(cases(child)).isZero();
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and entity_id = :p")
                .param("p", String.valueOf(plan)).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }
}
