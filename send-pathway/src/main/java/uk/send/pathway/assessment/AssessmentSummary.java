package uk.send.pathway.assessment;

import java.time.LocalDate;

import uk.send.domain.children.ChildSummary;
import uk.send.pathway.calendar.DeadlineStatus;

/** One open case on a caseworker's dashboard, with its next statutory date and how it stands against it. */
public record AssessmentSummary(long id, ChildSummary child, Stage stage, LocalDate requestReceived,
                                NextDeadline nextDeadline, DeadlineStatus status, long daysUntilDue) {

    @Override
    public String toString() {
        return "AssessmentSummary[id=" + id + ", stage=" + stage + "]";
    }
}
