package uk.send.funding.topup;

import java.time.LocalDate;

/** One application in a list (the panel's queue and decisions, a school's applications). */
public record ApplicationSummary(long id, String childName, String settingName, String requestedBandName,
                                 LocalDate startsOn, LocalDate endsOn, ApplicationStatus status, LocalDate submittedOn,
                                 LocalDate decidedOn) {

    @Override
    public String toString() {
        return "ApplicationSummary[id=" + id + "]";
    }
}
