package uk.send.web.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.plan.OutcomeTag;
import uk.send.pathway.support.AddToSenSupport;
import uk.send.pathway.support.NextStep;
import uk.send.pathway.support.Progress;
import uk.send.pathway.support.ProvisionItem;
import uk.send.pathway.support.ProvisionType;
import uk.send.pathway.support.StartPlan;
import uk.send.pathway.support.SupportPlanCommand;
import uk.send.pathway.support.SupportPlans;
import uk.send.pathway.support.WeeklyHours;
import uk.send.web.security.SignedIn;

/**
 * The SENCO's dashboard lists and the costed provision map, per role and per school: each list holds exactly the
 * pupils its rule picks at the SENCO's own school, never another school's (whatever the address carries), each CSV
 * likewise and audited; every other role is refused.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchoolDashboardTest {

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

    SettingView school;
    SettingView otherSchool;
    AccountView senco;
    AccountView otherSenco;
    Viewer here;
    Viewer there;
    FootprintView north;

    long overdue;
    long overduePlan;
    long due;
    long duePlan;
    long later;
    long laterPlan;
    long withoutPlan;
    long notMoving;
    long achieved;
    long changed;
    long otherOverdue;
    long otherOverduePlan;
    long otherWithoutPlan;
    long otherNotMoving;

    @BeforeAll
    void two_schools_with_pupils_in_every_state() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        otherSchool = fixtures.school(north);
        senco = fixtures.account(Role.SENCO, school.id(), Set.of());
        otherSenco = fixtures.account(Role.SENCO, otherSchool.id(), Set.of());
        here = accounts.viewer(senco.id()).orElseThrow();
        there = accounts.viewer(otherSenco.id()).orElseThrow();

        // a cycle started 14 weeks ago is due 12 weeks after: 2 weeks ago
        overdue = pupil(here, school, NeedCode.SLCN);
        overduePlan = start(here, overdue, today.minusWeeks(14));
        // started 10 weeks ago: due in 2 weeks
        due = pupil(here, school, NeedCode.SEMH);
        duePlan = start(here, due, today.minusWeeks(10));
        // started 2 weeks ago: due in 10 weeks, beyond the four
        later = pupil(here, school, NeedCode.SLCN);
        laterPlan = start(here, later, today.minusWeeks(2));
        withoutPlan = pupil(here, school, NeedCode.MLD);
        notMoving = twoReviews(here, school, Progress.NOT_ACHIEVED, NextStep.CONTINUE);
        achieved = twoReviews(here, school, Progress.ACHIEVED, NextStep.CONTINUE);
        changed = twoReviews(here, school, Progress.PARTLY_ACHIEVED, NextStep.CHANGE);

        otherOverdue = pupil(there, otherSchool, NeedCode.SLCN);
        otherOverduePlan = start(there, otherOverdue, today.minusWeeks(14));
        otherWithoutPlan = pupil(there, otherSchool, NeedCode.MLD);
        otherNotMoving = twoReviews(there, otherSchool, Progress.NOT_ACHIEVED, NextStep.CONTINUE);
    }

    long pupil(Viewer senco, SettingView at, NeedCode need) {
        long child = fixtures.child(north, at, null);
        support.addToSenSupport(senco, child, new AddToSenSupport(need, null, today.minusWeeks(40)));
        return child;
    }

    long start(Viewer senco, long child, LocalDate on) {
        long plan = support.startPlan(senco, child, support.pupil(senco, child).current().orElseThrow().version(),
                new StartPlan(null, on, null, null));
        change(senco, plan, new SupportPlanCommand.AddOutcome("Reads a short text aloud", OutcomeTag.I_AM_AMBITIOUS));
        return plan;
    }

    void change(Viewer senco, long plan, SupportPlanCommand command) {
        support.change(senco, plan, support.plan(senco, plan).version(), command);
    }

    long openPlan(long child) {
        return jdbc.sql("select p.id from support_plan p join sen_support_record r on r.id = p.record_id "
                + "where r.child_id = :c and p.status = 'OPEN'").param("c", child).query(Long.class).single();
    }

    /** A pupil whose plan was reviewed twice, the second review as given (the first: continue, not achieved). */
    long twoReviews(Viewer senco, SettingView at, Progress lastProgress, NextStep lastStep) {
        long child = pupil(senco, at, NeedCode.ASD);
        long first = start(senco, child, today.minusWeeks(30));
        change(senco, first, new SupportPlanCommand.RecordProgress(0, Progress.NOT_ACHIEVED, null));
        change(senco, first, new SupportPlanCommand.Review(today.minusWeeks(20), NextStep.CONTINUE, null, null, null, null));
        long second = openPlan(child);
        change(senco, second, new SupportPlanCommand.RecordProgress(0, lastProgress, null));
        change(senco, second, new SupportPlanCommand.Review(today.minusWeeks(8), lastStep, null, null, null, null));
        return child;
    }

    MockHttpServletRequestBuilder asSenco(String url) {
        return get(url).with(SignedIn.as(senco));
    }

    String page(String url) throws Exception {
        return mvc.perform(asSenco(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String pupilLink(long child) {
        return "/school/pupils/" + child + "\"";
    }

    static String planLink(long plan) {
        return "/school/plans/" + plan + "\"";
    }

    String familyName(long child) {
        return jdbc.sql("select family_name from child where id = :c").param("c", child).query(String.class).single();
    }

    // --- the lists

    @Test
    void reviews_due_in_the_next_four_weeks_and_overdue_are_listed_and_no_later_ones() throws Exception {
        String html = page("/school/dashboard/reviews");

        assertThat(html).contains(planLink(overduePlan), planLink(duePlan), planLink(openPlan(notMoving)))
                .doesNotContain(planLink(laterPlan), planLink(otherOverduePlan));
    }

    @Test
    void the_reviews_list_is_filtered_to_overdue_or_due_and_by_need_in_the_database() throws Exception {
        assertThat(page("/school/dashboard/reviews?when=OVERDUE")).contains(planLink(overduePlan))
                .doesNotContain(planLink(duePlan));
        assertThat(page("/school/dashboard/reviews?when=DUE")).contains(planLink(duePlan))
                .doesNotContain(planLink(overduePlan));
        assertThat(page("/school/dashboard/reviews?need=SEMH")).contains(planLink(duePlan))
                .doesNotContain(planLink(overduePlan));
    }

    @Test
    void pupils_at_sen_support_without_a_plan_in_progress_are_listed() throws Exception {
        String html = page("/school/dashboard/without-plan");

        assertThat(html).contains(pupilLink(withoutPlan))
                .doesNotContain(pupilLink(overdue), pupilLink(notMoving), pupilLink(otherWithoutPlan));
    }

    @Test
    void a_plan_reviewed_twice_with_continue_and_nothing_achieved_has_not_moved_and_the_page_states_the_rule()
            throws Exception {
        String html = page("/school/dashboard/not-moving");

        assertThat(html).contains(pupilLink(notMoving))
                .contains("neither review recorded any outcome as achieved or exceeded")
                .doesNotContain(pupilLink(achieved), pupilLink(changed), pupilLink(overdue), pupilLink(otherNotMoving));
    }

    @Test
    void the_dashboard_counts_each_list_at_the_school_only() throws Exception {
        String html = page("/school/dashboard");

        assertThat(html).contains("/school/dashboard/reviews?when=OVERDUE", "/school/dashboard/without-plan",
                "/school/dashboard/not-moving", "/school/provision-map");
        assertThat(page("/school")).contains("/school/dashboard\"", "/school/provision-map\"");
    }

    @Test
    void another_school_is_never_reached_by_adding_its_id_to_the_address() throws Exception {
        String tampered = "?setting=" + otherSchool.id() + "&settingId=" + otherSchool.id() + "&school=" + otherSchool.id();
        assertThat(page("/school/dashboard/reviews" + tampered)).contains(planLink(overduePlan))
                .doesNotContain(planLink(otherOverduePlan));
        assertThat(page("/school/dashboard/without-plan" + tampered)).doesNotContain(pupilLink(otherWithoutPlan));
        assertThat(page("/school/dashboard/not-moving" + tampered)).doesNotContain(pupilLink(otherNotMoving));
        assertThat(csv("/school/dashboard/reviews.csv" + tampered)).doesNotContain(familyName(otherOverdue));
    }

    @Test
    void the_other_schools_senco_sees_their_own_pupils_and_none_of_these() throws Exception {
        String html = mvc.perform(get("/school/dashboard/reviews").with(SignedIn.as(otherSenco)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(planLink(otherOverduePlan)).doesNotContain(planLink(overduePlan), planLink(duePlan));
    }

    @Test
    void a_filter_value_that_is_not_one_of_the_choices_is_a_bad_request() throws Exception {
        mvc.perform(asSenco("/school/dashboard/reviews?when=SOON")).andExpect(status().isBadRequest());
        mvc.perform(asSenco("/school/dashboard/without-plan?need=XYZ")).andExpect(status().isBadRequest());
        mvc.perform(asSenco("/school/dashboard/not-moving?page=-4")).andExpect(status().isOk());
    }

    // --- the CSVs

    String csv(String url) throws Exception {
        return mvc.perform(asSenco(url)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    long downloads() {
        return jdbc.sql("select count(*) from audit_event where actor_id = :a and action = 'DOWNLOADED'")
                .param("a", senco.id()).query(Long.class).single();
    }

    @Test
    void each_list_downloads_as_csv_with_the_screens_labels_the_schools_pupils_only_and_audited() throws Exception {
        long before = downloads();

        String reviews = csv("/school/dashboard/reviews.csv");
        assertThat(reviews.lines().findFirst().orElseThrow())
                .isEqualTo("Name,UPN,Primary need,Cycle,Started,Review due,Status");
        assertThat(reviews).contains(familyName(overdue) + ", Alex", familyName(due), "Overdue", "Due")
                .doesNotContain(familyName(later), familyName(otherOverdue));

        String without = csv("/school/dashboard/without-plan.csv?need=MLD");
        assertThat(without).contains(familyName(withoutPlan)).doesNotContain(familyName(otherWithoutPlan));
        assertThat(without.lines().count()).isEqualTo(2);

        String stalled = csv("/school/dashboard/not-moving.csv");
        assertThat(stalled).contains(familyName(notMoving))
                .doesNotContain(familyName(achieved), familyName(changed), familyName(otherNotMoving));

        assertThat(downloads()).isEqualTo(before + 3);
    }

    // --- the costed provision map

    @Test
    void the_provision_map_sums_the_schools_own_provision_for_the_term_chosen_in_the_address() throws Exception {
        // a cycle from 1 October to its review on 10 December 2025 (70 days, all in the autumn term) at each school
        long child = mappedPupil(here, school, ProvisionType.SMALL_GROUP, "150", "120");
        mappedPupil(there, otherSchool, ProvisionType.EQUIPMENT, "2", "9999");

        String html = page("/school/provision-map?term=autumn-2025");

        // 1.5 hours × 14 weeks × 70 / 122 days = 12.049… → 12.05 hours; the whole £120.00
        assertThat(html).contains("Autumn 2025 (1 September 2025 to 31 December 2025)", "Small-group intervention",
                        "12.05", "£120.00", "Cost by type of provision")
                .doesNotContain("£9,999.00", "Equipment, resources or adaptations");
        assertThat(csv("/school/provision-map.csv?term=autumn-2025&setting=" + otherSchool.id()))
                .contains("Autumn 2025", "Small-group intervention", "12.05", "£120.00")
                .doesNotContain("9,999", "Equipment");
        assertThat(familyName(child)).isNotBlank();
    }

    /** A pupil removed from SEN Support at the review of their one cycle, in the autumn term 2025. */
    long mappedPupil(Viewer senco, SettingView at, ProvisionType type, String centihours, String pounds) {
        long child = fixtures.child(north, at, null);
        support.addToSenSupport(senco, child, new AddToSenSupport(NeedCode.SPLD, null, LocalDate.of(2025, 9, 1)));
        long plan = support.startPlan(senco, child, support.pupil(senco, child).current().orElseThrow().version(),
                new StartPlan(null, LocalDate.of(2025, 10, 1), null, null));
        change(senco, plan, new SupportPlanCommand.AddProvision(new ProvisionItem("Phonics group", "Daily", "TA",
                new WeeklyHours(Integer.parseInt(centihours)), Money.ofPounds(pounds), type)));
        change(senco, plan, new SupportPlanCommand.Review(LocalDate.of(2025, 12, 10), NextStep.NO_LONGER_SEN, null, null,
                null, null));
        return child;
    }

    @Test
    void the_provision_map_shows_the_term_today_falls_in_without_a_term_and_refuses_a_term_that_is_none()
            throws Exception {
        assertThat(page("/school/provision-map")).contains("Costed provision map");
        mvc.perform(asSenco("/school/provision-map?term=winter-2026")).andExpect(status().isBadRequest());
        mvc.perform(asSenco("/school/provision-map.csv?term=%00")).andExpect(status().isBadRequest());
    }

    // --- roles

    @Test
    void every_role_but_the_senco_is_refused_every_dashboard_page_map_and_csv() throws Exception {
        Map<Role, AccountView> everyone = SignedIn.oneAccountPerRole(fixtures);
        for (String url : new String[] {"/school/dashboard", "/school/dashboard/reviews", "/school/dashboard/reviews.csv",
                "/school/dashboard/without-plan", "/school/dashboard/without-plan.csv", "/school/dashboard/not-moving",
                "/school/dashboard/not-moving.csv", "/school/provision-map", "/school/provision-map.csv"}) {
            for (Map.Entry<Role, AccountView> e : everyone.entrySet()) {
                int expected = e.getKey() == Role.SENCO ? 200 : 403;
                assertThat(mvc.perform(get(url).with(SignedIn.as(e.getValue()))).andReturn().getResponse().getStatus())
                        .as(e.getKey() + " " + url).isEqualTo(expected);
            }
            assertThat(mvc.perform(get(url)).andReturn().getResponse().getStatus()).as("signed out " + url)
                    .isIn(302, 401);
        }
    }
}
