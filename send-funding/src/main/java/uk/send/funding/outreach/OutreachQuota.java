package uk.send.funding.outreach;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingRefusal;

/**
 * A footprint's outreach quota in one financial year and the sessions providers have accepted against it. Changed
 * only with its row locked ({@link OutreachQuotaRepository#lock}); it refuses to go over, as the database does.
 */
@Entity
@Table(name = "outreach_quota")
class OutreachQuota {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Column(nullable = false)
    private int sessions;

    @Column(name = "allocated_sessions", nullable = false)
    private int allocatedSessions;

    @Version
    private int version;

    protected OutreachQuota() {
    }

    OutreachQuota(long footprintId, FinancialYear year, int sessions) {
        this.footprintId = footprintId;
        this.financialYear = year.startYear();
        this.sessions = sessions;
    }

    int remaining() {
        return sessions - allocatedSessions;
    }

    /** Takes a request's sessions from the quota, or refuses with the sessions remaining. */
    void allocate(int requested) {
        if (requested > remaining()) {
            throw new FundingRefusal(FundingRefusal.Field.DECISION, "outreach.error.overQuota",
                    "The sessions would take the footprint over its quota", remaining(),
                    new FinancialYear(financialYear).label(), requested);
        }
        allocatedSessions += requested;
    }

    /** Gives back sessions accepted but not to be delivered. */
    void release(int sessionsBack) {
        allocatedSessions = Math.max(0, allocatedSessions - sessionsBack);
    }

    /** A new quota for the year: never less than the sessions already accepted in it. */
    void setSessions(int quota) {
        if (quota < allocatedSessions) {
            throw new FundingRefusal(FundingRefusal.Field.SESSIONS, "outreach.error.quotaBelowAllocated",
                    "The quota would be less than the sessions accepted", allocatedSessions);
        }
        sessions = quota;
    }

    long getFootprintId() {
        return footprintId;
    }

    int getSessions() {
        return sessions;
    }

    int getAllocatedSessions() {
        return allocatedSessions;
    }
}
