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
import uk.send.domain.children.ChildDirectory;
import uk.send.domain.children.YoungPersonInvitations;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.EhcPlans;
import uk.send.web.security.SignedIn;

/**
 * A young person of 16 or over holds their own account: invited from their record by a caseworker (in their
 * footprints) or an administrator only from their 16th birthday (by the clock), once; then they use the family's
 * pages scoped to exactly their own record, and never reach another child's by address or id.
 */
@SpringBootTest
@AutoConfigureMockMvc
class YoungPersonPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    ChildDirectory children;
    @Autowired
    NeedsAssessments assessments;
    @Autowired
    DemoPlans demoPlans;
    @Autowired
    EhcPlans plans;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    FootprintView north;
    FootprintView south;
    SettingView school;
    AccountView caseworker;
    AccountView southCaseworker;
    AccountView admin;
    AccountView parent;

    @BeforeEach
    void accounts() {
        north = fixtures.footprint();
        south = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(north.id()));
        southCaseworker = fixtures.account(Role.CASEWORKER, null, Set.of(south.id()));
        admin = fixtures.account(Role.ADMIN, null, Set.of());
        parent = fixtures.account(Role.PARENT, null, Set.of());
    }

    /** A child in the north born on that day, with the parent linked. */
    long bornOn(LocalDate dateOfBirth) {
        long child = fixtures.child(north, school, parent);
        jdbc.sql("update child set date_of_birth = :d where id = :c").param("d", dateOfBirth).param("c", child).update();
        return child;
    }

    ResultActions getAs(AccountView account, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(SignedIn.as(account)));
    }

    ResultActions invite(AccountView as, long child, String email) throws Exception {
        return mvc.perform(post("/children/{id}/invite-young-person", child).with(csrf()).with(SignedIn.as(as))
                .param("email", email));
    }

    @Test
    void the_sixteenth_birthday_is_the_anniversary_and_for_29_february_the_first_of_march() {
        assertThat(YoungPersonInvitations.sixteenthBirthday(LocalDate.of(2010, 5, 17))).isEqualTo(LocalDate.of(2026, 5, 17));
        assertThat(YoungPersonInvitations.sixteenthBirthday(LocalDate.of(2008, 2, 29))).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(YoungPersonInvitations.sixteenthBirthday(LocalDate.of(2012, 2, 29))).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(YoungPersonInvitations.sixteenthBirthday(LocalDate.of(2009, 2, 28))).isEqualTo(LocalDate.of(2025, 2, 28));
        assertThat(YoungPersonInvitations.sixteenthBirthday(LocalDate.of(2011, 2, 28))).isEqualTo(LocalDate.of(2027, 2, 28));
    }

    @Test
    void on_the_sixteenth_birthday_the_child_page_offers_the_invitation_and_the_day_before_it_does_not() throws Exception {
        long sixteenToday = bornOn(today.minusYears(16));
        long sixteenTomorrow = bornOn(today.plusDays(1).minusYears(16));

        getAs(caseworker, "/children/{id}", sixteenToday).andExpect(status().isOk())
                .andExpect(content().string(containsString("/children/" + sixteenToday + "/invite-young-person")));
        getAs(caseworker, "/children/{id}", sixteenTomorrow).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("invite-young-person"))));
        getAs(caseworker, "/children/{id}/invite-young-person", sixteenTomorrow).andExpect(status().isOk())
                .andExpect(content().string(containsString("They can be invited from their 16th birthday")))
                .andExpect(content().string(not(containsString("name=\"email\""))));

        invite(caseworker, sixteenTomorrow, "too.young@example.test").andExpect(status().isOk())
                .andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("too.young@example.test")));
        assertThat(jdbc.sql("select count(*) from app_user where email = 'too.young@example.test'").query(Long.class).single()).isZero();

        String email = "young" + Fixtures.next() + "@example.test";
        invite(caseworker, sixteenToday, email).andExpect(status().isFound())
                .andExpect(redirectedUrl("/children/" + sixteenToday));
        AccountView young = accounts.findByEmail(email).orElseThrow();
        assertThat(young.role()).isEqualTo(Role.YOUNG_PERSON);
        assertThat(jdbc.sql("select child_id from app_user where id = :a").param("a", young.id()).query(Long.class).single())
                .isEqualTo(sixteenToday);
        assertThat(jdbc.sql("select count(*) from notification_outbox where account_id = :a").param("a", young.id())
                .query(Long.class).single()).as("the first-sign-in link emailed").isEqualTo(1);

        invite(admin, sixteenToday, "second" + Fixtures.next() + "@example.test").andExpect(status().isOk())
                .andExpect(content().string(containsString("They already hold their own account")));
        getAs(caseworker, "/children/{id}/invite-young-person", sixteenToday)
                .andExpect(content().string(containsString("They hold their own account (" + email + ")")))
                .andExpect(content().string(not(containsString("name=\"email\""))));
    }

    @Test
    void only_a_caseworker_covering_the_child_or_an_administrator_may_invite() throws Exception {
        long child = bornOn(today.minusYears(17));
        getAs(southCaseworker, "/children/{id}/invite-young-person", child).andExpect(status().isNotFound());
        invite(southCaseworker, child, "x" + Fixtures.next() + "@example.test").andExpect(status().isNotFound());
        getAs(admin, "/children/{id}/invite-young-person", child).andExpect(status().isOk());
        for (Role role : Set.of(Role.PARENT, Role.SENCO, Role.PANEL, Role.YOUNG_PERSON)) {
            AccountView other = fixtures.account(role, role == Role.SENCO ? school.id() : null,
                    role == Role.PANEL ? Set.of(north.id()) : Set.of());
            getAs(other, "/children/{id}/invite-young-person", child).andExpect(status().isForbidden());
        }
        getAs(caseworker, "/children/{id}/invite-young-person", 999_999_999L).andExpect(status().isNotFound());
    }

    @Test
    void a_young_person_sees_exactly_their_own_record_case_and_plan_and_never_another_child_s() throws Exception {
        long own = bornOn(today.minusYears(17));
        long sibling = bornOn(today.minusYears(12));
        AccountView young = fixtures.youngPerson(own);
        Viewer cw = accounts.viewer(caseworker.id()).orElseThrow();
        long ownCase = assessments.receiveRequest(cw, new NewRequest(own, Requester.YOUNG_PERSON, today.minusDays(10), "Reasons", null));
        long siblingCase = assessments.receiveRequest(cw, new NewRequest(sibling, Requester.PARENT, today.minusDays(10), "Reasons", null));
        long otherChild = bornOn(today.minusYears(17));
        demoPlans.writeExisting(otherChild, school.id(), today.minusMonths(3), "tests@example.test");
        long otherPlan = plans.currentFor(cw, otherChild).orElseThrow().id();

        mvc.perform(get("/").with(SignedIn.as(young))).andExpect(redirectedUrl("/parent"));
        String ownName = children.identities(java.util.List.of(own)).get(own).fullName();
        String siblingName = children.identities(java.util.List.of(sibling)).get(sibling).fullName();
        getAs(young, "/parent").andExpect(status().isOk())
                .andExpect(content().string(containsString(ownName)))
                .andExpect(content().string(not(containsString(siblingName))))
                .andExpect(content().string(containsString("/account/notifications")))
                // in their own words: their case, not "your child's" (nor a parent's "Your children" in the menu)
                .andExpect(content().string(containsString("Your assessment and plan")))
                .andExpect(content().string(not(containsString("Your children"))))
                .andExpect(content().string(not(containsString("your child"))));
        getAs(young, "/parent/cases/{id}", ownCase).andExpect(status().isOk())
                .andExpect(content().string(containsString("Back to your assessment and plan")))
                .andExpect(content().string(not(containsString("your child"))))
                .andExpect(content().string(not(containsString("Your children"))));
        // the parent of the same young person still reads a parent's words
        getAs(parent, "/parent").andExpect(status().isOk()).andExpect(content().string(containsString("Your children")));
        getAs(young, "/children/{id}", own).andExpect(status().isOk());
        getAs(young, "/parent/children/{id}/about-me", own).andExpect(status().isOk());
        getAs(young, "/account/notifications").andExpect(status().isOk());

        getAs(young, "/parent/cases/{id}", siblingCase).andExpect(status().isNotFound());
        getAs(young, "/children/{id}", sibling).andExpect(status().isNotFound());
        getAs(young, "/parent/children/{id}/about-me", sibling).andExpect(status().isNotFound());
        getAs(young, "/plans/{id}", otherPlan).andExpect(status().isNotFound());
        getAs(young, "/parent/reviews/{id}", otherPlan).andExpect(status().isNotFound());
        mvc.perform(post("/parent/children/{id}/about-me", sibling).with(csrf()).with(SignedIn.as(young))
                .param("childViews", "Tampered")).andExpect(status().isNotFound());
        getAs(young, "/caseworker").andExpect(status().isForbidden());
        getAs(young, "/children/{id}/invite-parent", own).andExpect(status().isForbidden());

        // the young person is told of their own case like the family: the request received
        assertThat(jdbc.sql("select count(*) from notification_outbox where account_id = :a and subject like 'We have received%'")
                .param("a", young.id()).query(Long.class).single()).isEqualTo(1);
    }

    private void take(Viewer cw, long id, uk.send.pathway.assessment.AssessmentCommand command) {
        assessments.take(cw, id, assessments.view(cw, id).version(), command);
    }

    @Test
    void a_young_person_answers_their_own_draft_plan_and_asks_for_a_college_and_the_caseworker_receives_it() throws Exception {
        long own = bornOn(today.minusYears(17));
        AccountView young = fixtures.youngPerson(own);
        Viewer cw = accounts.viewer(caseworker.id()).orElseThrow();
        LocalDate received = today.minusWeeks(12);
        long id = assessments.receiveRequest(cw, new NewRequest(own, Requester.YOUNG_PERSON, received, "Reasons", null));
        take(cw, id, new uk.send.pathway.assessment.AssessmentCommand.DecideToAssess(received.plusWeeks(4)));
        take(cw, id, new uk.send.pathway.assessment.AssessmentCommand.RequestAdvice(received.plusWeeks(4),
                uk.send.pathway.assessment.AdviceSource.EDUCATIONAL_PSYCHOLOGY, "EP service", null));
        take(cw, id, new uk.send.pathway.assessment.AssessmentCommand.ReceiveAdvice(received.plusWeeks(9),
                assessments.view(cw, id).advice().get(0).id(), "Advice"));
        take(cw, id, new uk.send.pathway.assessment.AssessmentCommand.DecideToIssue(received.plusWeeks(10)));
        take(cw, id, new uk.send.pathway.assessment.AssessmentCommand.IssueDraft(today.minusDays(2)));

        getAs(young, "/parent").andExpect(status().isOk())
                .andExpect(content().string(containsString("/parent/cases/" + id + "/response")));
        getAs(young, "/parent/cases/{id}/response", id).andExpect(status().isOk());
        mvc.perform(post("/parent/cases/{id}/response", id).with(csrf()).with(SignedIn.as(young))
                        .param("comments", "I want to study animal care.").param("settingId", String.valueOf(school.id()))
                        .param("version", String.valueOf(assessments.view(cw, id).version())))
                .andExpect(redirectedUrl("/parent/cases/" + id + "/response/sent"));
        // the caseworker sees who answered: the young person themselves (by role, never a name), in the response
        // and on the timeline, and the audit trail says the same
        String casePage = getAs(caseworker, "/caseworker/assessments/{id}", id).andExpect(status().isOk())
                .andExpect(content().string(containsString("I want to study animal care.")))
                .andExpect(content().string(containsString(school.name())))
                .andReturn().getResponse().getContentAsString();
        assertThat(casePage).doesNotContain("Sent online by the family").doesNotContain("Sent online by the parent or carer");
        assertThat(casePage.split("Sent online by the young person", -1)).hasSize(3);
        assertThat(casePage.substring(casePage.indexOf("app-timeline"))).contains("Sent online by the young person");
        assertThat(jdbc.sql("select draft_response_by from needs_assessment where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("YOUNG_PERSON");
        assertThat(jdbc.sql("""
                        select detail from audit_event where entity_type = 'ASSESSMENT' and entity_id = :id
                        and action = 'ASSESSMENT_STEP_RECORDED' and actor_id = :a""")
                .param("id", String.valueOf(id)).param("a", young.id()).query(String.class).single())
                .isEqualTo("RECORD_DRAFT_RESPONSE online by the young person");
        assertThat(assessments.view(cw, id).milestones().preferredSettingId()).isEqualTo(school.id());
        assertThat(jdbc.sql("select count(*) from notification_outbox where account_id = :a and subject = 'Your response to the draft EHC plan'")
                .param("a", young.id()).query(Long.class).single()).isEqualTo(1);
        // answered once: their parent's form is gone too
        getAs(parent, "/parent/cases/{id}/response", id).andExpect(status().isNotFound());
        // and the parent is told it was the young person's own answer, never that it was theirs
        getAs(parent, "/parent/cases/{id}", id).andExpect(status().isOk())
                .andExpect(content().string(containsString("The council received the young person’s own response to the draft")))
                .andExpect(content().string(containsString("The young person’s response to the draft received")))
                .andExpect(content().string(not(containsString("received your response"))))
                .andExpect(content().string(not(containsString("Your response to the draft received"))))
                .andExpect(content().string(not(containsString("See what you sent"))));
        getAs(parent, "/parent/cases/{id}/response/sent", id).andExpect(status().isOk())
                .andExpect(content().string(containsString("The young person’s response to the draft plan")))
                .andExpect(content().string(containsString("I want to study animal care.")))
                .andExpect(content().string(not(containsString("Your response has been sent"))))
                .andExpect(content().string(not(containsString("We have emailed you a copy"))));
        // while the young person reads it as their own
        getAs(young, "/parent/cases/{id}", id).andExpect(status().isOk())
                .andExpect(content().string(containsString("The council received your response to the draft")))
                .andExpect(content().string(containsString("Your response to the draft received")));
        getAs(young, "/parent/cases/{id}/response/sent", id).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your response has been sent")));
    }

    @Autowired
    uk.send.pathway.appeal.Disagreements disagreements;

    @Test
    void a_young_person_sees_their_own_mediation_and_appeals_on_their_plan_and_case_and_never_another_child_s() throws Exception {
        long own = bornOn(today.minusYears(17));
        long otherChild = bornOn(today.minusYears(17));
        AccountView young = fixtures.youngPerson(own);
        AccountView otherYoung = fixtures.youngPerson(otherChild);
        Viewer cw = accounts.viewer(caseworker.id()).orElseThrow();
        long ownCase = assessments.receiveRequest(cw, new NewRequest(own, Requester.YOUNG_PERSON, today.minusDays(10), "Reasons", null));
        demoPlans.writeExisting(own, school.id(), today.minusMonths(3), "tests@example.test");
        long ownPlan = plans.currentFor(cw, own).orElseThrow().id();
        disagreements.open(cw, own, uk.send.pathway.appeal.AppealType.CONTENTS, today.minusDays(5), today.minusDays(3));

        getAs(young, "/plans/{id}", ownPlan).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mediation and appeals")))
                .andExpect(content().string(containsString("Contents of the plan")))
                .andExpect(content().string(containsString("Mediation offered")))
                .andExpect(content().string(not(containsString("/caseworker/appeals/"))));
        getAs(young, "/parent/cases/{id}", ownCase).andExpect(status().isOk())
                .andExpect(content().string(containsString("Mediation and appeals")))
                .andExpect(content().string(containsString("Contents of the plan")));

        // another young person reaches neither the plan nor, through the module, the appeal
        getAs(otherYoung, "/plans/{id}", ownPlan).andExpect(status().isNotFound());
        getAs(otherYoung, "/parent/cases/{id}", ownCase).andExpect(status().isNotFound());
        assertThat(disagreements.forChild(accounts.viewer(otherYoung.id()).orElseThrow(), own)).isEmpty();
        assertThat(disagreements.forChild(accounts.viewer(young.id()).orElseThrow(), own)).hasSize(1);
    }

    @Test
    void an_administrator_cannot_make_or_turn_an_account_into_a_young_person_s_by_hand() throws Exception {
        mvc.perform(post("/admin/users/new").with(csrf()).with(SignedIn.as(admin))
                        .param("email", "byhand" + Fixtures.next() + "@example.test").param("displayName", "By Hand")
                        .param("role", "YOUNG_PERSON").param("password", "a long enough passphrase 2026"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
        getAs(admin, "/admin/users/new").andExpect(content().string(not(containsString("value=\"YOUNG_PERSON\""))));
    }
}
