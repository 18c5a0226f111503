package uk.send.pathway.plan;

import org.springframework.stereotype.Component;

import uk.send.domain.access.AccountService;
import uk.send.domain.events.AfterCommitListener;
import uk.send.domain.notifications.Email;
import uk.send.domain.notifications.Notifications;

/**
 * Reminds the caseworkers covering the child's home footprint that a review is overdue: one email each, queued in
 * the outbox after the mark commits (the event publication registry keeps the event until this completes, so a
 * failure is retried; the queueing rolls back with a failure, so nothing is sent twice). The email names no child:
 * it links to the plan's reviews, behind sign-in.
 */
@Component
class ReviewReminders {

    private final AccountService accounts;
    private final Notifications notifications;

    ReviewReminders(AccountService accounts, Notifications notifications) {
        this.accounts = accounts;
        this.notifications = notifications;
    }

    @AfterCommitListener
    void on(PlanReviewEvent.ReviewOverdue overdue) {
        Email email = new Email("An EHC plan review is overdue",
                "The annual review of an EHC plan in your footprints was due on " + overdue.dueOn()
                        + " and no review meeting has been held.\n\nOpen the plan's reviews: /plans/" + overdue.planId()
                        + "/reviews\n\nThe list of reviews due: /caseworker/reviews");
        for (long account : accounts.caseworkersCovering(overdue.childId())) {
            notifications.queue(account, email);
        }
    }
}
