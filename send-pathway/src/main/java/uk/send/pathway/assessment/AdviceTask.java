package uk.send.pathway.assessment;

import java.time.LocalDate;

import uk.send.domain.children.ChildIdentity;
import uk.send.pathway.calendar.DeadlineStatus;

/**
 * A request for advice as the adviser it is addressed to sees it: who the child is (name and date of birth
 * only), what is asked, by when, and the advice once given.
 *
 * @param status       how the request stands against its due date; null once the advice is in
 * @param canSubmit    whether advice can be submitted now: not yet given, and the case still being assessed
 */
public record AdviceTask(long id, ChildIdentity child, AdviceSource source, String addressee, LocalDate requestedOn,
                         LocalDate dueOn, DeadlineStatus status, long daysUntilDue, LocalDate receivedOn, String advice,
                         boolean canSubmit) {

    public boolean received() {
        return receivedOn != null;
    }

    @Override
    public String toString() {
        return "AdviceTask[id=" + id + "]";
    }
}
