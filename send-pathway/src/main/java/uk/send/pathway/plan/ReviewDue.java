package uk.send.pathway.plan;

import java.time.LocalDate;

import uk.send.domain.children.ChildSummary;

/**
 * A plan whose review is due (this month or next) or overdue, as the caseworker's list shows it.
 *
 * @param progress   where the review stands: not arranged, arranged (meeting ahead or held, no decision yet)
 * @param meetingOn  the meeting of the review in progress, or null
 */
public record ReviewDue(long planId, ChildSummary child, LocalDate dueOn, boolean overdue, ReviewProgress progress,
                        LocalDate meetingOn) {
}
