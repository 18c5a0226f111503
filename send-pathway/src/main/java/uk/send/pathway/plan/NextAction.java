package uk.send.pathway.plan;

import java.time.LocalDate;

/**
 * The one thing to do next on a plan and the date it is due by: the plan page's primary button.
 *
 * @param kind what to do
 * @param due  the statutory date it is due by
 */
public record NextAction(Kind kind, LocalDate due) {

    public enum Kind {
        ARRANGE_REVIEW, RECEIVE_REPORT, DECIDE, PROPOSE_AMENDMENTS, ISSUE_AMENDED
    }
}
