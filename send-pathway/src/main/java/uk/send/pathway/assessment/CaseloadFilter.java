package uk.send.pathway.assessment;

import uk.send.domain.reference.NeedCode;
import uk.send.pathway.calendar.DeadlineStatus;

/** What a caseworker narrows their caseload to; every field is optional. */
public record CaseloadFilter(String query, Long footprintId, Stage stage, NeedCode need, DeadlineStatus status) {

    public static CaseloadFilter none() {
        return new CaseloadFilter(null, null, null, null, null);
    }
}
