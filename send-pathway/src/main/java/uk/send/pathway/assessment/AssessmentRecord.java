package uk.send.pathway.assessment;

import java.util.List;
import java.util.Optional;

import uk.send.domain.children.ChildRecord;
import uk.send.pathway.calendar.AssessmentDeadlines;
import uk.send.pathway.calendar.AssessmentException;
import uk.send.pathway.calendar.DeadlineStatus;
import uk.send.pathway.calendar.Timeliness;

/**
 * A case as its page shows it: the child, where the case stands, its statutory dates, the advice, the
 * exceptions and the timeline.
 */
public record AssessmentRecord(long id, ChildRecord child, Stage stage, Requester requestedBy, String reasons,
                               String evidence, AssessmentDeadlines deadlines, Optional<NextDeadline> nextDeadline,
                               Optional<DeadlineStatus> status, long daysUntilNext, Optional<Timeliness> timeliness,
                               Milestones milestones, List<AdviceView> advice, List<AssessmentException> exceptions,
                               List<EventView> timeline, int version) {

    /** The dates of the decisions taken so far, and what they said. */
    public record Milestones(java.time.LocalDate requestReceived, java.time.LocalDate decidedToAssessOn,
                             java.time.LocalDate refusedOn, String refusalReasons, java.time.LocalDate decidedToIssueOn,
                             java.time.LocalDate decidedNotToIssueOn, String notToIssueReasons,
                             java.time.LocalDate draftIssuedOn, java.time.LocalDate draftResponseOn, String draftResponse,
                             Long preferredSettingId, java.time.LocalDate finalIssuedOn, Long namedSettingId,
                             java.time.LocalDate earliestFinalisationDate, java.time.LocalDate latestDraftDate) {
    }

    /**
     * A request for advice and what came back; adviserName is the adviser's account when it was asked of one
     * (null otherwise), and submittedByAdviser whether they submitted it online themselves.
     */
    public record AdviceView(long id, AdviceSource source, String addressee, java.time.LocalDate requestedOn,
                             java.time.LocalDate dueOn, java.time.LocalDate receivedOn, String advice,
                             DeadlineStatus status, long daysUntilDue, String adviserName, boolean submittedByAdviser) {
    }

    /** A step on the timeline. */
    public record EventView(EventType type, java.time.LocalDate occurredOn, java.time.Instant recordedAt, String actor,
                            String detail) {
    }

    @Override
    public String toString() {
        return "AssessmentRecord[id=" + id + ", stage=" + stage + "]";
    }
}
