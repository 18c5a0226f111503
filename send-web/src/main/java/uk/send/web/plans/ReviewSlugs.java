package uk.send.web.plans;

import uk.send.pathway.plan.NextAction;

/** The address (under {@code /plans/{id}/reviews/}) of the page that does a plan's next action. */
final class ReviewSlugs {

    private ReviewSlugs() {
    }

    static String of(NextAction.Kind kind) {
        return switch (kind) {
            case ARRANGE_REVIEW -> "arrange";
            case RECEIVE_REPORT -> "report";
            case DECIDE -> "decide";
            case PROPOSE_AMENDMENTS -> "propose";
            case ISSUE_AMENDED -> "issue-amended";
        };
    }
}
