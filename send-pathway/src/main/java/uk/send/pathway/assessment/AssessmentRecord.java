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
 * exceptions and the timeline, and the names of the settings it mentions (by id).
 */
public record AssessmentRecord(long id, ChildRecord child, Stage stage, Requester requestedBy, String reasons,
                               String evidence, AssessmentDeadlines deadlines, Optional<NextDeadline> nextDeadline,
                               Optional<DeadlineStatus> status, long daysUntilNext, Optional<Timeliness> timeliness,
                               Milestones milestones, List<AdviceView> advice, List<ConsultationView> consultations,
                               List<AssessmentException> exceptions, List<EventView> timeline,
                               List<AssessmentStep> openSteps, int version, FromSchool fromSchool,
                               java.util.Map<Long, String> settingNames) {

    /**
     * The school that asked, when its SENCO sent the request from the service, and the pupil's SEN Support record
     * that is the request's evidence (null when the request did not come from one).
     */
    public record FromSchool(long settingId, String settingName, Long supportRecordId) {
    }

    /**
     * Whether the draft and the final plan are still due: not once the council has refused to assess or
     * decided not to issue a plan.
     */
    public boolean planDue() {
        return stage != Stage.REFUSED && stage != Stage.NOT_ISSUED;
    }

    /** Whether the decision not to issue is still due: not once the council has refused to assess. */
    public boolean assessmentDue() {
        return stage != Stage.REFUSED;
    }

    /** Whether a step is open at the case's stage. */
    public boolean isOpen(AssessmentStep step) {
        return openSteps.contains(step);
    }

    /**
     * The dates of the decisions taken so far, and what they said; for the response to the draft, whether the
     * family sent it online, who sent it (the parent or carer, or the young person; null on paper or when no longer
     * known) and their comments section by section.
     */
    public record Milestones(java.time.LocalDate requestReceived, java.time.LocalDate decidedToAssessOn,
                             java.time.LocalDate refusedOn, String refusalReasons, java.time.LocalDate decidedToIssueOn,
                             java.time.LocalDate decidedNotToIssueOn, String notToIssueReasons,
                             java.time.LocalDate draftIssuedOn, java.time.LocalDate draftResponseOn, String draftResponse,
                             Long preferredSettingId, java.time.LocalDate finalIssuedOn, Long namedSettingId,
                             java.time.LocalDate earliestFinalisationDate, java.time.LocalDate latestDraftDate,
                             boolean draftResponseOnline, DraftResponder draftResponseBy,
                             List<SectionComment> draftComments) {
    }

    /**
     * A request for advice and what came back; adviserName is the adviser's account when it was asked of one
     * (null otherwise), and submittedByAdviser whether they submitted it online themselves.
     */
    public record AdviceView(long id, AdviceSource source, String addressee, java.time.LocalDate requestedOn,
                             java.time.LocalDate dueOn, java.time.LocalDate receivedOn, String advice,
                             DeadlineStatus status, long daysUntilDue, String adviserName, boolean submittedByAdviser) {
    }

    /** A school or setting consulted about being named, and the day it should respond by (15 days). */
    public record ConsultationView(long settingId, String settingName, java.time.LocalDate consultedOn,
                                   java.time.LocalDate responseDueOn) {
    }

    /** A step on the timeline; dueOn is the day a clock it started runs to (advice, comments, a consultation). */
    public record EventView(EventType type, java.time.LocalDate occurredOn, java.time.Instant recordedAt, String actor,
                            String detail, java.time.LocalDate dueOn) {
    }

    @Override
    public String toString() {
        return "AssessmentRecord[id=" + id + ", stage=" + stage + "]";
    }
}
