package uk.send.pathway.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.notifications.NoticeKind;
import uk.send.domain.notifications.NotificationPreferences;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.assessment.Actor;
import uk.send.pathway.assessment.AdviceSource;
import uk.send.pathway.assessment.AssessmentCommand;
import uk.send.pathway.assessment.AssessmentEvent;
import uk.send.pathway.assessment.AssessmentRecord;
import uk.send.pathway.assessment.NeedsAssessments;
import uk.send.pathway.assessment.NewRequest;
import uk.send.pathway.assessment.Requester;
import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.plan.DemoPlans;
import uk.send.pathway.plan.EhcPlans;
import uk.send.pathway.plan.PlanReviews;
import uk.send.pathway.plan.ReviewCommand;

/**
 * Each step of a case the family must know of queues exactly one email to each account the family holds (two
 * carers with accounts here), none to a carer without one and none to another family; an event delivered again
 * queues nothing; an account's choice is respected except for statutory notices; reminders go once.
 */
@SpringBootTest
class FamilyNoticesTest {

    @Autowired
    NeedsAssessments assessments;
    @Autowired
    EhcPlans plans;
    @Autowired
    PlanReviews reviews;
    @Autowired
    DemoPlans demoPlans;
    @Autowired
    FamilyNotices notices;
    @Autowired
    FamilyReminders reminders;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    StatutoryCalendar calendar;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    FootprintView north;
    SettingView school;
    Viewer caseworker;
    AccountView mother;
    AccountView father;
    AccountView otherParent;
    long child;

    @BeforeEach
    void aFamily() {
        north = fixtures.footprint();
        school = fixtures.school(north);
        caseworker = accounts.viewer(fixtures.account(Role.CASEWORKER, null, Set.of(north.id())).id()).orElseThrow();
        mother = fixtures.account(Role.PARENT, null, Set.of());
        father = fixtures.account(Role.PARENT, null, Set.of());
        otherParent = fixtures.account(Role.PARENT, null, Set.of());
        child = fixtures.child(north, school, mother);
        // a second carer with an account, and a third without one
        jdbc.sql("""
                        insert into carer (child_id, given_name, family_name, relationship, parental_responsibility, user_id)
                        values (:c, 'Pat', 'Tester', 'FATHER', true, :u), (:c, 'Kim', 'Tester', 'GRANDPARENT', false, null)""")
                .param("c", child).param("u", father.id()).update();
        fixtures.child(north, school, otherParent);
    }

    List<String> subjects(AccountView account) {
        return jdbc.sql("select subject from notification_outbox where account_id = :a order by id")
                .param("a", account.id()).query(String.class).list();
    }

    long count(AccountView account, String subject) {
        return subjects(account).stream().filter(subject::equals).count();
    }

    long take(long id, AssessmentCommand command) {
        assessments.take(caseworker, id, assessments.view(caseworker, id).version(), command);
        return id;
    }

    long draftIssued(LocalDate received, LocalDate draftOn) {
        long id = assessments.receiveRequest(caseworker, new NewRequest(child, Requester.PARENT, received, "Reasons", null));
        take(id, new AssessmentCommand.DecideToAssess(received.plusDays(10)));
        take(id, new AssessmentCommand.RequestAdvice(received.plusDays(10), AdviceSource.EDUCATIONAL_PSYCHOLOGY, "EP service", null));
        AssessmentRecord asked = assessments.view(caseworker, id);
        take(id, new AssessmentCommand.ReceiveAdvice(received.plusDays(20), asked.advice().get(0).id(), "Advice"));
        take(id, new AssessmentCommand.DecideToIssue(draftOn.minusDays(1)));
        take(id, new AssessmentCommand.IssueDraft(draftOn));
        return id;
    }

    @Test
    void each_step_queues_one_email_to_each_account_of_the_family_and_none_to_anyone_else() {
        long id = draftIssued(today.minusDays(80), today.minusDays(30));
        take(id, new AssessmentCommand.Finalise(today.minusDays(1), school.id()));

        for (AccountView carer : List.of(mother, father)) {
            assertThat(count(carer, "We have received a request for an EHC needs assessment")).isEqualTo(1);
            assertThat(count(carer, "The council has decided to carry out an EHC needs assessment")).isEqualTo(1);
            assertThat(count(carer, "A draft EHC plan is ready for your comments")).isEqualTo(1);
            assertThat(count(carer, "The final EHC plan has been issued")).isEqualTo(1);
            assertThat(subjects(carer)).hasSize(4);
        }
        assertThat(subjects(otherParent)).isEmpty();
        assertThat(jdbc.sql("select count(*) from notification_outbox o where o.subject like '%Tester%' or o.subject like '%Alex%'")
                .query(Long.class).single()).as("no names in subject lines").isZero();

        String draftBody = jdbc.sql("select body from notification_outbox where account_id = :a and subject like 'A draft%'")
                .param("a", mother.id()).query(String.class).single();
        assertThat(draftBody).contains(NoticeWords.date(calendar.draftCommentsCloseOn(today.minusDays(30))))
                .contains("/parent/cases/" + id + "/response").doesNotContain("Alex");
    }

    @Test
    void an_event_delivered_again_queues_nothing_more() {
        long id = assessments.receiveRequest(caseworker, new NewRequest(child, Requester.PARENT, today.minusDays(5), "Reasons", null));
        AssessmentEvent.RequestReceived again = new AssessmentEvent.RequestReceived(id, child, today.minusDays(5),
                new Actor(caseworker.userId(), caseworker.email()), Requester.PARENT);

        int queued = new TransactionTemplate(transactionManager).execute(s -> {
            notices.on(again);
            return notices.toFamily(child, NoticeKind.REQUEST_RECEIVED, "request-received:" + id,
                    new NoticeWords(new uk.send.domain.access.LinkSettings("https://send.example", java.time.Duration.ofHours(1),
                            java.time.Duration.ofDays(7), java.time.Duration.ofMinutes(2))).requestReceived(id, today));
        });

        assertThat(queued).isZero();
        assertThat(count(mother, "We have received a request for an EHC needs assessment")).isEqualTo(1);
        assertThat(count(father, "We have received a request for an EHC needs assessment")).isEqualTo(1);
    }

    @Test
    void an_account_that_turned_a_kind_off_is_not_sent_it_but_statutory_notices_always_go() {
        preferences.choose(father.id(), EnumSet.noneOf(NoticeKind.class));

        long id = assessments.receiveRequest(caseworker, new NewRequest(child, Requester.PARENT, today.minusDays(20), "Reasons", null));
        take(id, new AssessmentCommand.RefuseToAssess(today.minusDays(1), "Needs met at SEN Support"));

        assertThat(subjects(father)).containsExactly("The council has decided not to carry out an EHC needs assessment");
        assertThat(subjects(mother)).containsExactly("We have received a request for an EHC needs assessment",
                "The council has decided not to carry out an EHC needs assessment");
        assertThat(preferences.of(father.id())).filteredOn(p -> p.kind() == NoticeKind.ASSESSMENT_DECISION)
                .singleElement().satisfies(p -> assertThat(p.emailOn()).isTrue());
    }

    @Test
    void a_reminder_goes_once_a_few_days_before_the_draft_comments_close_and_not_after_the_family_answered() {
        // the window closes tomorrow: within the 3 reminder days
        long window = calendar.draftCommentsCloseOn(today).toEpochDay() - today.toEpochDay();
        long id = draftIssued(today.minusDays(80), today.plusDays(1).minusDays(window));
        assertThat(calendar.draftCommentsCloseOn(assessments.view(caseworker, id).milestones().draftIssuedOn()))
                .isEqualTo(today.plusDays(1));

        assertThat(reminders.remindAll()).isEqualTo(2);
        assertThat(reminders.remindAll()).as("run again the same day").isZero();

        assertThat(count(mother, "Reminder: comments on the draft EHC plan are due soon")).isEqualTo(1);
        assertThat(count(father, "Reminder: comments on the draft EHC plan are due soon")).isEqualTo(1);
        assertThat(subjects(otherParent)).isEmpty();
    }

    @Test
    void a_draft_whose_window_closes_later_than_the_reminder_days_is_not_reminded_yet() {
        draftIssued(today.minusDays(80), today.minusDays(2));

        assertThat(reminders.remindAll()).isZero();
        assertThat(count(mother, "Reminder: comments on the draft EHC plan are due soon")).isZero();
    }

    @Test
    void an_arranged_review_tells_the_family_and_reminds_them_once_before_the_meeting_while_their_views_are_missing() {
        demoPlans.writeExisting(child, school.id(), today.minusYears(1), "tests@example.test");
        long plan = plans.currentFor(caseworker, child).orElseThrow().id();
        reviews.take(caseworker, plan, reviews.view(caseworker, plan).version(), new ReviewCommand.Arrange(today.plusDays(2)));

        assertThat(count(mother, "An annual review of the EHC plan is due")).isEqualTo(1);
        assertThat(count(father, "An annual review of the EHC plan is due")).isEqualTo(1);

        assertThat(reminders.remindAll()).isEqualTo(2);
        assertThat(reminders.remindAll()).isZero();
        assertThat(count(mother, "Reminder: your views for the EHC plan review are wanted")).isEqualTo(1);
        assertThat(subjects(otherParent)).isEmpty();
    }

    void review(long plan, ReviewCommand command) {
        reviews.take(caseworker, plan, reviews.view(caseworker, plan).version(), command);
    }

    /** A plan reviewed (meeting held in the past, so no "review due" email) and decided "amend" on that day. */
    long amending(LocalDate decidedOn) {
        demoPlans.writeExisting(child, school.id(), today.minusYears(1), "tests@example.test");
        long plan = plans.currentFor(caseworker, child).orElseThrow().id();
        review(plan, new ReviewCommand.Arrange(decidedOn.minusDays(5)));
        review(plan, new ReviewCommand.Decide(uk.send.pathway.plan.ReviewDecision.AMEND, decidedOn, null));
        return plan;
    }

    @Test
    void proposed_amendments_tell_the_family_the_calendar_s_last_day_for_comments_and_remind_them_once_before_it() {
        LocalDate proposed = today.minusDays(12);
        LocalDate closes = calendar.amendmentCommentsCloseOn(proposed);
        assertThat(closes).as("within the 3 reminder days").isBetween(today, today.plusDays(3));
        long plan = amending(proposed.minusDays(3));
        review(plan, new ReviewCommand.ProposeAmendments(proposed));

        for (AccountView carer : List.of(mother, father)) {
            assertThat(subjects(carer)).containsExactly("The council has decided to change the EHC plan",
                    "Proposed changes to the EHC plan are ready for your comments");
        }
        assertThat(subjects(otherParent)).isEmpty();
        String body = jdbc.sql("select body from notification_outbox where account_id = :a and subject like 'Proposed%'")
                .param("a", mother.id()).query(String.class).single();
        assertThat(body).contains("until " + NoticeWords.date(closes), "/parent/reviews/" + plan).doesNotContain("Alex");

        assertThat(reminders.remindAll()).isEqualTo(2);
        assertThat(reminders.remindAll()).as("run again the same day").isZero();
        assertThat(count(mother, "Reminder: comments on the proposed changes to the EHC plan are due soon")).isEqualTo(1);
        assertThat(count(father, "Reminder: comments on the proposed changes to the EHC plan are due soon")).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification_outbox o where o.subject like '%Tester%' or o.subject like '%Alex%'")
                .query(Long.class).single()).as("no names in subject lines").isZero();
    }

    @Test
    void comments_already_given_are_not_reminded_and_the_amended_plan_is_told_once_as_a_final_plan() {
        LocalDate proposed = today.minusDays(12);
        long plan = amending(proposed.minusDays(3));
        review(plan, new ReviewCommand.ProposeAmendments(proposed));
        review(plan, new ReviewCommand.RecordFamilyComments("We agree with the changes", proposed.plusDays(2)));
        assertThat(reminders.remindAll()).isZero();

        // a window that closed: the amended plan is issued the day after the last day for comments, or later
        LocalDate earlier = today.minusDays(30);
        AccountView sibling = fixtures.account(Role.PARENT, null, Set.of());
        long other = fixtures.child(north, school, sibling);
        demoPlans.writeExisting(other, school.id(), today.minusYears(1), "tests@example.test");
        long otherPlan = plans.currentFor(caseworker, other).orElseThrow().id();
        review(otherPlan, new ReviewCommand.Arrange(earlier.minusDays(8)));
        review(otherPlan, new ReviewCommand.Decide(uk.send.pathway.plan.ReviewDecision.AMEND, earlier.minusDays(3), null));
        review(otherPlan, new ReviewCommand.ProposeAmendments(earlier));
        assertThat(reminders.remindAll()).as("its window has closed").isZero();
        review(otherPlan, new ReviewCommand.IssueAmended(calendar.amendmentCommentsCloseOn(earlier).plusDays(1)));

        assertThat(subjects(sibling)).containsExactly("The council has decided to change the EHC plan",
                "Proposed changes to the EHC plan are ready for your comments", "The amended EHC plan has been issued");
        assertThat(jdbc.sql("select body from notification_outbox where account_id = :a and subject like 'The amended%'")
                .param("a", sibling.id()).query(String.class).single()).contains("/plans/" + otherPlan);
        assertThat(subjects(otherParent)).isEmpty();
    }

    @Test
    void the_decision_to_keep_or_cease_the_plan_after_a_review_is_told_once_with_the_right_to_appeal_whatever_was_chosen() {
        preferences.choose(father.id(), EnumSet.noneOf(NoticeKind.class));
        demoPlans.writeExisting(child, school.id(), today.minusYears(1), "tests@example.test");
        long plan = plans.currentFor(caseworker, child).orElseThrow().id();
        review(plan, new ReviewCommand.Arrange(today.minusDays(10)));
        review(plan, new ReviewCommand.Decide(uk.send.pathway.plan.ReviewDecision.MAINTAIN, today.minusDays(2), null));

        for (AccountView carer : List.of(mother, father)) {
            assertThat(subjects(carer)).containsExactly("The council has decided to keep the EHC plan as it is");
        }
        String body = jdbc.sql("select body from notification_outbox where account_id = :a and subject like 'The council has decided to keep%'")
                .param("a", mother.id()).query(String.class).single();
        assertThat(body).contains(NoticeWords.date(today.minusDays(2)), "appeal", "/plans/" + plan).doesNotContain("Alex");

        review(plan, new ReviewCommand.Arrange(today.minusDays(1)));
        review(plan, new ReviewCommand.Decide(uk.send.pathway.plan.ReviewDecision.CEASE, today,
                uk.send.pathway.plan.CeaseReason.PAID_EMPLOYMENT));
        assertThat(count(father, "The council has decided to stop maintaining the EHC plan")).isEqualTo(1);
        assertThat(jdbc.sql("select body from notification_outbox where account_id = :a and subject like 'The council has decided to stop%'")
                .param("a", mother.id()).query(String.class).single()).contains("/plans/" + plan + "/ceased", "appeal");
        assertThat(subjects(otherParent)).isEmpty();
    }
}
