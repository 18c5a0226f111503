package uk.send.pathway.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import uk.send.pathway.calendar.StatutoryCalendar;

/** A plan through its reviews: arranged, reported on, decided (maintain, amend, cease), amended, found overdue. */
class PlanReviewTest {

    static final LocalDate ISSUED = EhcPlanTest.ISSUED;
    static final LocalDate BORN = LocalDate.of(2015, 1, 1);
    final StatutoryCalendar calendar = new StatutoryCalendar();
    final ReviewCycle cycle = from -> calendar.reviewDue(from, BORN, 6);

    /** A plan issued as final on {@link #ISSUED}, so its first review is due a year later. */
    EhcPlan inForce() {
        EhcPlan plan = EhcPlanTest.written();
        plan.apply(new PlanCommand.NamePlacement(5L), EhcPlanTest.SCHOOLS);
        plan.issue(VersionKind.FINAL, ISSUED, "EP advice", "cw", cycle);
        plan.forgetEvents();
        return plan;
    }

    static ReviewRefusal.Field field(Runnable step) {
        try {
            step.run();
        } catch (ReviewRefusal refusal) {
            return refusal.field();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void the_first_final_plan_sets_the_first_review_twelve_months_after_its_issue() {
        assertThat(inForce().getReviewDueOn()).isEqualTo(ISSUED.plusYears(1));
    }

    @Test
    void a_child_under_five_at_issue_is_first_reviewed_within_the_councils_shorter_cycle() {
        EhcPlan plan = EhcPlanTest.written();
        plan.apply(new PlanCommand.NamePlacement(5L), EhcPlanTest.SCHOOLS);
        plan.issue(VersionKind.FINAL, ISSUED, "", "cw", from -> calendar.reviewDue(from, ISSUED.minusYears(3), 4));
        assertThat(plan.getReviewDueOn()).isEqualTo(ISSUED.plusMonths(4));
    }

    @Test
    void a_review_cannot_be_arranged_before_the_plan_is_in_force_nor_twice() {
        EhcPlan draftOnly = EhcPlanTest.written();
        assertThat(field(() -> draftOnly.arrangeReview(ISSUED, "cw"))).isEqualTo(ReviewRefusal.Field.STEP);
        EhcPlan plan = inForce();
        plan.arrangeReview(ISSUED.plusMonths(11), "cw");
        assertThat(field(() -> plan.arrangeReview(ISSUED.plusMonths(11), "cw"))).isEqualTo(ReviewRefusal.Field.STEP);
    }

    @Test
    void a_meeting_arranged_ahead_keeps_the_day_the_family_was_told_and_moving_it_tells_them_again() {
        EhcPlan plan = inForce();
        LocalDate told = ISSUED.plusMonths(10);
        plan.arrangeReview(told.plusDays(13), told, "cw");
        assertThat(plan.openReview().orElseThrow().getNoticeGivenOn()).isEqualTo(told);
        plan.moveMeeting(told.plusDays(30), told.plusDays(2));
        assertThat(plan.openReview().orElseThrow().getNoticeGivenOn()).isEqualTo(told.plusDays(2));
    }

    @Test
    void a_meeting_before_the_plan_was_issued_is_refused_against_the_date() {
        EhcPlan plan = inForce();
        assertThat(field(() -> plan.arrangeReview(ISSUED.minusDays(1), "cw"))).isEqualTo(ReviewRefusal.Field.DATE);
    }

    @Test
    void maintaining_the_plan_completes_the_review_and_the_next_is_due_twelve_months_after_the_meeting() {
        EhcPlan plan = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        plan.arrangeReview(meeting, "cw");
        plan.receiveReport(meeting.plusDays(10), meeting.plusDays(20));
        plan.decide(ReviewDecision.MAINTAIN, meeting.plusDays(20), null, meeting.plusDays(20), cycle, "cw");

        assertThat(plan.openReview()).isEmpty();
        assertThat(plan.getReviewDueOn()).isEqualTo(meeting.plusYears(1));
        assertThat(plan.pendingEvents()).containsExactly(
                new PlanReviewEvent.ReviewArranged(11L, 7L, calendar.reviewDue(ISSUED, BORN, 6), meeting),
                new PlanReviewEvent.ReviewDecided(11L, 7L, ReviewDecision.MAINTAIN, meeting.plusDays(20), false));
    }

    @Test
    void a_decision_on_the_28th_day_after_the_meeting_is_on_time_and_on_the_29th_is_marked_late() {
        EhcPlan onTime = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        onTime.arrangeReview(meeting, "cw");
        onTime.decide(ReviewDecision.MAINTAIN, meeting.plusDays(28), null, meeting.plusDays(40), cycle, "cw");
        EhcPlan late = inForce();
        late.arrangeReview(meeting, "cw");
        late.decide(ReviewDecision.MAINTAIN, meeting.plusDays(29), null, meeting.plusDays(40), cycle, "cw");

        assertThat(onTime.pendingEvents()).last().extracting(e -> ((PlanReviewEvent.ReviewDecided) e).late()).isEqualTo(false);
        assertThat(late.pendingEvents()).last().extracting(e -> ((PlanReviewEvent.ReviewDecided) e).late()).isEqualTo(true);
    }

    @Test
    void a_report_or_decision_before_the_meeting_or_in_the_future_is_refused_against_the_date() {
        EhcPlan plan = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        plan.arrangeReview(meeting, "cw");
        assertThat(field(() -> plan.receiveReport(meeting.minusDays(1), meeting))).isEqualTo(ReviewRefusal.Field.DATE);
        assertThat(field(() -> plan.receiveReport(meeting.plusDays(2), meeting.plusDays(1)))).isEqualTo(ReviewRefusal.Field.DATE);
        assertThat(field(() -> plan.decide(ReviewDecision.MAINTAIN, meeting.minusDays(1), null, meeting, cycle, "cw")))
                .isEqualTo(ReviewRefusal.Field.DATE);
    }

    @Test
    void views_are_gathered_before_the_decision_and_the_parents_and_settings_are_dated() {
        EhcPlan plan = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        plan.arrangeReview(meeting, "cw");
        plan.giveViews(ViewsFrom.PARENT, "  He is happier at school  ", meeting.minusDays(3));
        plan.giveViews(ViewsFrom.SETTING, "Good progress in reading", meeting.minusDays(2));
        plan.giveViews(ViewsFrom.CHILD, "I like maths", meeting);
        PlanReview review = plan.openReview().orElseThrow();

        assertThat(review.views(ViewsFrom.PARENT)).isEqualTo("He is happier at school");
        assertThat(review.getParentViewsOn()).isEqualTo(meeting.minusDays(3));
        assertThat(review.getSettingViewsOn()).isEqualTo(meeting.minusDays(2));
        assertThat(field(() -> plan.giveViews(ViewsFrom.PARENT, " ", meeting))).isEqualTo(ReviewRefusal.Field.TEXT);

        plan.decide(ReviewDecision.AMEND, meeting.plusDays(7), null, meeting.plusDays(7), cycle, "cw");
        assertThat(field(() -> plan.giveViews(ViewsFrom.SETTING, "late", meeting.plusDays(8)))).isEqualTo(ReviewRefusal.Field.STEP);
    }

    @Test
    void a_young_person_s_own_views_given_online_are_the_child_s_views_dated_and_never_the_parents() {
        EhcPlan plan = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        plan.arrangeReview(meeting, "cw");
        plan.giveViewsOnline(ViewsFrom.CHILD, "  I want to go to college  ", meeting.minusDays(4));
        PlanReview review = plan.openReview().orElseThrow();

        assertThat(review.views(ViewsFrom.CHILD)).isEqualTo("I want to go to college");
        assertThat(review.getChildViewsOnlineOn()).isEqualTo(meeting.minusDays(4));
        assertThat(review.views(ViewsFrom.PARENT)).isNull();
        assertThat(review.getParentViewsOn()).isNull();
        assertThat(field(() -> plan.giveViewsOnline(ViewsFrom.CHILD, " ", meeting))).isEqualTo(ReviewRefusal.Field.TEXT);
        assertThatThrownBy(() -> plan.giveViewsOnline(ViewsFrom.ADVISERS, "EP says", meeting))
                .isInstanceOf(IllegalArgumentException.class);

        // the caseworker's record of the child's views replaces them, and is not the young person's own
        plan.giveViews(ViewsFrom.CHILD, "Said at the meeting: college", meeting);
        assertThat(review.views(ViewsFrom.CHILD)).isEqualTo("Said at the meeting: college");
        assertThat(review.getChildViewsOnlineOn()).isNull();
    }

    @Test
    void amending_proposes_a_new_version_waits_fifteen_days_then_issues_the_amended_plan_as_a_new_version() {
        EhcPlan plan = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        plan.arrangeReview(meeting, "cw");
        plan.decide(ReviewDecision.AMEND, meeting.plusDays(7), null, meeting.plusDays(7), cycle, "cw");
        plan.apply(new PlanCommand.WriteSection(Section.B, "Reading now at age level"), EhcPlanTest.SCHOOLS);
        LocalDate proposed = meeting.plusDays(10);
        PlanVersion proposal = plan.proposeAmendments(proposed, proposed, "cw");
        plan.receiveFamilyComments("We agree", proposed.plusDays(5), proposed.plusDays(5));

        assertThat(proposal.getKind()).isEqualTo(VersionKind.PROPOSED_AMENDMENT);
        assertThat(proposal.getNumber()).isEqualTo(2);
        assertThat(field(() -> plan.issueAmended(proposed.plusDays(14), proposed.plusDays(20), "cw")))
                .as("the 15th day of the family's window").isEqualTo(ReviewRefusal.Field.DATE);

        PlanVersion amended = plan.issueAmended(proposed.plusDays(15), proposed.plusDays(20), "cw");
        assertThat(amended.getKind()).isEqualTo(VersionKind.AMENDED);
        assertThat(amended.getNumber()).isEqualTo(3);
        assertThat(amended.textSections().get(Section.B)).isEqualTo("Reading now at age level");
        assertThat(plan.openReview()).isEmpty();
        assertThat(plan.pendingEvents()).anyMatch(PlanFinalised.class::isInstance);
        assertThat(plan.getReviewDueOn()).isEqualTo(meeting.plusYears(1));
    }

    @Test
    void ceasing_needs_a_reason_issues_the_ceased_notice_version_and_ends_the_plan() {
        EhcPlan plan = inForce();
        LocalDate meeting = ISSUED.plusMonths(11);
        plan.arrangeReview(meeting, "cw");
        assertThat(field(() -> plan.decide(ReviewDecision.CEASE, meeting, null, meeting, cycle, "cw")))
                .isEqualTo(ReviewRefusal.Field.REASON);

        plan.decide(ReviewDecision.CEASE, meeting, CeaseReason.NEEDS_MET_WITHOUT_PLAN, meeting, cycle, "cw");

        assertThat(plan.getCeasedOn()).isEqualTo(meeting);
        assertThat(plan.getCeaseReason()).isEqualTo(CeaseReason.NEEDS_MET_WITHOUT_PLAN);
        assertThat(plan.getReviewDueOn()).isNull();
        assertThat(plan.issued()).last().extracting(PlanVersion::getKind).isEqualTo(VersionKind.CEASED);
        assertThat(plan.pendingEvents()).contains(
                new PlanReviewEvent.PlanCeased(11L, 7L, CeaseReason.NEEDS_MET_WITHOUT_PLAN, meeting));
        assertThatThrownBy(() -> plan.arrangeReview(meeting.plusDays(1), "cw")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void a_review_is_marked_overdue_once_the_day_after_its_due_date_and_not_while_a_held_meeting_awaits_its_decision() {
        EhcPlan plan = inForce();
        LocalDate due = plan.getReviewDueOn();
        assertThat(plan.markReviewOverdue(due)).as("on the due date").isFalse();
        assertThat(plan.markReviewOverdue(due.plusDays(1))).isTrue();
        assertThat(plan.markReviewOverdue(due.plusDays(2))).as("once").isFalse();
        assertThat(plan.pendingEvents()).containsExactly(new PlanReviewEvent.ReviewOverdue(11L, 7L, due, due.plusDays(1)));

        EhcPlan held = inForce();
        held.arrangeReview(due.minusDays(3), "cw");
        assertThat(held.markReviewOverdue(due.plusDays(1))).isFalse();
    }

    @Test
    void the_next_review_clears_the_overdue_mark() {
        EhcPlan plan = inForce();
        LocalDate due = plan.getReviewDueOn();
        plan.markReviewOverdue(due.plusDays(1));
        plan.arrangeReview(due.plusDays(5), "cw");
        plan.decide(ReviewDecision.MAINTAIN, due.plusDays(5), null, due.plusDays(5), cycle, "cw");
        assertThat(plan.getReviewOverdueOn()).isNull();
        assertThat(plan.getReviewDueOn()).isEqualTo(due.plusDays(5).plusYears(1));
    }
}
