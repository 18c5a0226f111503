package uk.send.funding.outreach;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A session of outreach delivered for a request, with its outcome. Made only by {@link OutreachRequest#deliver}. */
@Entity
@Table(name = "outreach_session")
class OutreachSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false)
    private long requestId;

    @Column(name = "delivered_on", nullable = false)
    private LocalDate deliveredOn;

    @Column(nullable = false, length = OutreachRequest.TEXT)
    private String outcome;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    protected OutreachSession() {
    }

    /** A session of a request; the request's id is null only before the request is saved. */
    OutreachSession(Long requestId, LocalDate deliveredOn, String outcome, String recordedBy) {
        this.requestId = requestId == null ? 0 : requestId;
        this.deliveredOn = deliveredOn;
        this.outcome = outcome;
        this.recordedBy = recordedBy;
    }

    long getRequestId() {
        return requestId;
    }

    LocalDate getDeliveredOn() {
        return deliveredOn;
    }

    String getOutcome() {
        return outcome;
    }
}
