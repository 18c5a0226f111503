package uk.send.funding.outreach;

import java.time.LocalDate;
import java.util.List;

import uk.send.domain.reference.NeedCode;
import uk.send.funding.topup.FinancialYear;

/** An outreach request as the requesting school and the provider see it, with the sessions delivered so far. */
public record OutreachRequestView(long id, String settingName, String providerName, long footprintId,
                                  FinancialYear year, NeedCode need, String supportWanted, int sessions,
                                  OutreachStatus status, LocalDate requestedOn, LocalDate answeredOn,
                                  String declineReason, List<Session> delivered, int version) {

    /** A session delivered, with its outcome. */
    public record Session(LocalDate deliveredOn, String outcome) {
    }

    public int remainingSessions() {
        return sessions - delivered.size();
    }
}
