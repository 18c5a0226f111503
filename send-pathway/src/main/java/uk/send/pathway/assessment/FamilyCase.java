package uk.send.pathway.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import uk.send.pathway.calendar.CommentWindow;
import uk.send.pathway.calendar.DeadlineStatus;

/**
 * A case as the family sees it: where it stands, the next date the council must meet, the statutory dates met,
 * due and missed, the timeline without anything internal (no notes, no staff names, no reg 10(4) exceptions),
 * who their caseworker is, and their own say in it. Every date is the statutory calendar's.
 *
 * @param caseworkerName the caseworker who last took a step on the case, or null
 * @param commentWindow  while a draft awaits the family's response, their window to comment; otherwise null
 * @param response       what the council holds as the family's response to the draft, or null
 * @param version        the case's version, which the family's response carries
 * @param requestingSchool the school that asked for the assessment from the service, or null
 */
public record FamilyCase(long id, long childId, Stage stage, LocalDate requestReceived,
                         Optional<NextDeadline> next, Optional<DeadlineStatus> nextStatus, long daysUntilNext,
                         List<StatutoryDate> statutoryDates, List<FamilyEvent> timeline, String caseworkerName,
                         CommentWindow commentWindow, Response response, int version, String requestingSchool) {

    public FamilyCase {
        statutoryDates = List.copyOf(statutoryDates);
        timeline = List.copyOf(timeline);
    }

    /** Whether the family can answer the draft online now: a draft is out and no response is held yet. */
    public boolean awaitingResponse() {
        return commentWindow != null && response == null;
    }

    /** How a statutory date stands: met, met late, still due, overdue, or no longer due (the case went another way). */
    public enum Outcome {
        MET, LATE, DUE, OVERDUE, NOT_NEEDED
    }

    /** One statutory date the council must meet, and how it stands. */
    public record StatutoryDate(NextDeadline.What what, LocalDate due, LocalDate metOn, Outcome outcome) {
    }

    /** A step on the timeline, as the family sees it; detail only where it is not internal (a setting consulted). */
    public record FamilyEvent(EventType type, LocalDate occurredOn, LocalDate dueOn, String detail) {
    }

    /**
     * The family's response to the draft as the council holds it (sent online, or recorded from a letter or call).
     * {@code by} is who sent it online (null on paper, or an answer whose account is no longer known), and
     * {@code yours} whether that was the reader's side of the family: a parent reading the answer their young person
     * sent themselves (or the other way round) is told whose it is, never "your response".
     */
    public record Response(LocalDate receivedOn, boolean online, String comments, List<SectionComment> sections,
                           String preferredSettingName, DraftResponder by, boolean yours) {
    }

    @Override
    public String toString() {
        return "FamilyCase[id=" + id + ", stage=" + stage + "]";
    }
}
