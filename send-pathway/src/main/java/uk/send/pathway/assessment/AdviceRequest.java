package uk.send.pathway.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** A request for advice (reg 6) and, once it comes, the advice: due 6 weeks after the request (reg 8). */
@Entity
@Table(name = "advice_request")
class AdviceRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assessment_id")
    private NeedsAssessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private AdviceSource source;

    @Column(nullable = false, length = 200)
    private String addressee;

    @Column(name = "requested_on", nullable = false)
    private LocalDate requestedOn;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(length = 20000)
    private String advice;

    /** The adviser's account, when the advice is asked of someone who signs in to give it; otherwise null. */
    @Column(name = "adviser_id")
    private Long adviserId;

    @Column(name = "submitted_by_adviser", nullable = false)
    private boolean submittedByAdviser;

    protected AdviceRequest() {
    }

    AdviceRequest(NeedsAssessment assessment, AdviceSource source, String addressee, Long adviserId, LocalDate requestedOn,
                  LocalDate dueOn) {
        this.assessment = assessment;
        this.source = source;
        this.addressee = addressee.trim();
        this.adviserId = adviserId;
        this.requestedOn = requestedOn;
        this.dueOn = dueOn;
    }

    /** The advice arrives; it came from the adviser themselves when they are the one recording it. */
    void receive(LocalDate on, String advice, Actor recordedBy) {
        this.receivedOn = on;
        this.advice = advice.trim();
        this.submittedByAdviser = isAddressedTo(recordedBy.userId());
    }

    /** Whether this request was addressed to the account with this id. */
    public boolean isAddressedTo(long userId) {
        return adviserId != null && adviserId == userId;
    }

    public boolean isReceived() {
        return receivedOn != null;
    }

    public Long getId() {
        return id;
    }

    public AdviceSource getSource() {
        return source;
    }

    public String getAddressee() {
        return addressee;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public String getAdvice() {
        return advice;
    }

    public Long getAdviserId() {
        return adviserId;
    }

    public boolean isSubmittedByAdviser() {
        return submittedByAdviser;
    }

    NeedsAssessment getAssessment() {
        return assessment;
    }
}
