package uk.send.funding.outreach;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import uk.send.domain.reference.NeedCode;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.DecisionState;
import uk.send.funding.topup.FundingRefusal;

/**
 * A mainstream school's request for outreach from a special school in a financial year. It moves only through its
 * own methods: the provider accepts (the caller takes the sessions from the footprint's quota) or declines with a
 * reason, then records each session delivered; the last one completes it.
 */
@Entity
@Table(name = "outreach_request")
class OutreachRequest {

    static final int TEXT = 2000;
    static final int MAX_SESSIONS = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "setting_id", nullable = false)
    private long settingId;

    @Column(name = "provider_setting_id", nullable = false)
    private long providerSettingId;

    @Column(name = "footprint_id", nullable = false)
    private long footprintId;

    @Column(name = "financial_year", nullable = false)
    private int financialYear;

    @Enumerated(EnumType.STRING)
    @Column(length = 4)
    private NeedCode need;

    @Column(name = "support_wanted", nullable = false, length = TEXT)
    private String supportWanted;

    @Column(nullable = false)
    private int sessions;

    /** Sessions delivered so far: each one changes the request, so two providers recording at once conflict. */
    @Column(name = "sessions_delivered", nullable = false)
    private int sessionsDelivered;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutreachStatus status;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "requested_by", nullable = false, length = 254)
    private String requestedBy;

    @Column(name = "answered_on")
    private LocalDate answeredOn;

    @Column(name = "answered_by", length = 254)
    private String answeredBy;

    @Column(name = "decline_reason", length = TEXT)
    private String declineReason;

    @Version
    private int version;

    protected OutreachRequest() {
    }

    OutreachRequest(long settingId, long providerSettingId, long footprintId, FinancialYear year,
                    NewOutreachRequest command, LocalDate today, String by) {
        if (command.sessions() < 1 || command.sessions() > MAX_SESSIONS) {
            throw new FundingRefusal(FundingRefusal.Field.SESSIONS, "outreach.error.sessions", "Sessions out of range",
                    MAX_SESSIONS);
        }
        this.settingId = settingId;
        this.providerSettingId = providerSettingId;
        this.footprintId = footprintId;
        this.financialYear = year.startYear();
        this.need = command.need();
        this.supportWanted = required(command.supportWanted(), FundingRefusal.Field.SUPPORT_WANTED);
        this.sessions = command.sessions();
        this.status = OutreachStatus.REQUESTED;
        this.requestedOn = today;
        this.requestedBy = by;
    }

    private static String required(String text, FundingRefusal.Field field) {
        return DecisionState.required(text, field, TEXT);
    }

    private void requireStatus(OutreachStatus expected) {
        if (status != expected) {
            throw new FundingRefusal(FundingRefusal.Field.DECISION, "outreach.error.notOpen." + expected,
                    "The request is " + status);
        }
    }

    /** Accepted by the provider (the caller takes the sessions from the quota). */
    void accept(LocalDate today, String by) {
        requireStatus(OutreachStatus.REQUESTED);
        status = OutreachStatus.ACCEPTED;
        answeredOn = today;
        answeredBy = by;
    }

    void decline(String reason, LocalDate today, String by) {
        requireStatus(OutreachStatus.REQUESTED);
        declineReason = required(reason, FundingRefusal.Field.NOTE);
        status = OutreachStatus.DECLINED;
        answeredOn = today;
        answeredBy = by;
    }

    /**
     * A session delivered, on a day from the request to today; the last of the sessions accepted completes the
     * request. Returns the session to keep.
     */
    OutreachSession deliver(LocalDate on, String outcome, LocalDate today, String by) {
        requireStatus(OutreachStatus.ACCEPTED);
        if (sessionsDelivered >= sessions) {
            throw new FundingRefusal(FundingRefusal.Field.DECISION, "outreach.error.allDelivered", "All delivered");
        }
        if (on.isAfter(today)) {
            throw new FundingRefusal(FundingRefusal.Field.DELIVERED_ON, "outreach.error.deliveredInFuture",
                    "A session not yet delivered");
        }
        if (on.isBefore(requestedOn)) {
            throw new FundingRefusal(FundingRefusal.Field.DELIVERED_ON, "outreach.error.deliveredBeforeRequest",
                    "A session before the request", requestedOn);
        }
        OutreachSession session = new OutreachSession(id, on, required(outcome, FundingRefusal.Field.OUTCOME), by);
        sessionsDelivered++;
        if (sessionsDelivered == sessions) {
            status = OutreachStatus.COMPLETED;
        }
        return session;
    }

    Long getId() {
        return id;
    }

    long getSettingId() {
        return settingId;
    }

    long getProviderSettingId() {
        return providerSettingId;
    }

    long getFootprintId() {
        return footprintId;
    }

    FinancialYear getFinancialYear() {
        return new FinancialYear(financialYear);
    }

    NeedCode getNeed() {
        return need;
    }

    String getSupportWanted() {
        return supportWanted;
    }

    int getSessions() {
        return sessions;
    }

    int getSessionsDelivered() {
        return sessionsDelivered;
    }

    OutreachStatus getStatus() {
        return status;
    }

    LocalDate getRequestedOn() {
        return requestedOn;
    }

    LocalDate getAnsweredOn() {
        return answeredOn;
    }

    String getDeclineReason() {
        return declineReason;
    }

    int getVersion() {
        return version;
    }
}
