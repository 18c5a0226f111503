package uk.send.pathway.notices;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import uk.send.domain.children.ChildDirectory;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.NoticeKind;
import uk.send.domain.notifications.Notifications;
import uk.send.pathway.assessment.AssessmentEvent;
import uk.send.pathway.plan.PlanReviewEvent;

/**
 * Tells the family of each step of their child's case that they need to know of, from the pathway's events after
 * the commit: one email to each account the family holds (a carer linked to an account; a carer without one is
 * written to by the council). The event publication registry keeps each event until its listener completes, so a
 * failure is retried and none is lost; each email carries a key naming the event and the account, so an event
 * delivered twice queues nothing the second time. Each account's choice of emails is respected by
 * {@link Notifications#queueNotice}, except for statutory notices.
 */
@Component
class FamilyNotices {

    private final ChildDirectory children;
    private final Notifications notifications;
    private final NoticeWords words;
    private final Clock clock;

    FamilyNotices(ChildDirectory children, Notifications notifications, NoticeWords words, Clock clock) {
        this.children = children;
        this.notifications = notifications;
        this.words = words;
        this.clock = clock;
    }

    @AfterCommitListener
    void on(AssessmentEvent.RequestReceived event) {
        toFamily(event.childId(), NoticeKind.REQUEST_RECEIVED, "request-received:" + event.assessmentId(),
                words.requestReceived(event.assessmentId(), event.on()));
    }

    @AfterCommitListener
    void on(AssessmentEvent.DecidedToAssess event) {
        toFamily(event.childId(), NoticeKind.ASSESSMENT_DECISION, "assessment-decision:" + event.assessmentId(),
                words.decidedToAssess(event.assessmentId(), event.on()));
    }

    @AfterCommitListener
    void on(AssessmentEvent.RefusedToAssess event) {
        toFamily(event.childId(), NoticeKind.ASSESSMENT_DECISION, "assessment-decision:" + event.assessmentId(),
                words.refusedToAssess(event.assessmentId(), event.on()));
    }

    @AfterCommitListener
    void on(AssessmentEvent.DecidedNotToIssue event) {
        toFamily(event.childId(), NoticeKind.ASSESSMENT_DECISION, "not-to-issue:" + event.assessmentId(),
                words.decidedNotToIssue(event.assessmentId(), event.on()));
    }

    @AfterCommitListener
    void on(AssessmentEvent.DraftIssued event) {
        toFamily(event.childId(), NoticeKind.DRAFT_PLAN, "draft-issued:" + event.assessmentId() + ":" + event.on(),
                words.draftIssued(event.assessmentId(), event.on(), event.commentsCloseOn()));
    }

    @AfterCommitListener
    void on(AssessmentEvent.FinalPlanIssued event) {
        toFamily(event.childId(), NoticeKind.FINAL_PLAN, "final-plan:" + event.assessmentId(),
                words.finalPlanIssued(event.assessmentId(), event.on()));
    }

    /** A meeting arranged for a review already held (recorded afterwards) asks no one for views. */
    @AfterCommitListener
    void on(PlanReviewEvent.ReviewArranged event) {
        if (event.meetingOn().isBefore(LocalDate.now(clock))) {
            return;
        }
        toFamily(event.childId(), NoticeKind.REVIEW_DUE, "review-due:" + event.planId() + ":" + event.dueOn(),
                words.reviewArranged(event.planId(), event.dueOn(), event.meetingOn()));
    }

    /** The decision after a review meeting: keep, amend or cease the plan (reg 22), with appeal rights: statutory. */
    @AfterCommitListener
    void on(PlanReviewEvent.ReviewDecided event) {
        toFamily(event.childId(), NoticeKind.REVIEW_DECISION, "review-decided:" + event.planId() + ":" + event.decidedOn(),
                words.reviewDecided(event.planId(), event.decision(), event.decidedOn()));
    }

    /** Proposed amendments are a draft of the amended plan (reg 22): statutory, with the date comments close. */
    @AfterCommitListener
    void on(PlanReviewEvent.AmendmentsProposed event) {
        toFamily(event.childId(), NoticeKind.DRAFT_PLAN, "amendments-proposed:" + event.planId() + ":" + event.on(),
                words.amendmentsProposed(event.planId(), event.on(), event.commentsCloseOn()));
    }

    /** The amended plan is the final plan in force, with appeal rights: statutory. */
    @AfterCommitListener
    void on(PlanReviewEvent.AmendedPlanIssued event) {
        toFamily(event.childId(), NoticeKind.FINAL_PLAN, "amended-plan:" + event.planId() + ":" + event.on(),
                words.amendedPlanIssued(event.planId(), event.on()));
    }

    /** Queues the email once to each account the child's family holds; returns how many were queued. */
    int toFamily(long childId, NoticeKind kind, String key, Email email) {
        int queued = 0;
        for (long account : children.familyAccounts(childId)) {
            if (notifications.queueNotice(account, kind, key + ":" + account, email)) {
                queued++;
            }
        }
        return queued;
    }
}
