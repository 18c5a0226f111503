package uk.send.commissioning.oap;

import java.time.LocalDate;

/** One school's self-assessment for a year as the council sees it: submitted or not, and its answers counted. */
public record SchoolResult(long settingId, String settingName, String footprintName, Status status, LocalDate submittedOn,
                           Tally tally) {

    public enum Status {
        NOT_STARTED, IN_PROGRESS, SUBMITTED
    }
}
