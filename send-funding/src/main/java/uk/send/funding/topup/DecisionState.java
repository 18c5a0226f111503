package uk.send.funding.topup;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * Where an application to the panel stands, the part the top-up and the capital application share: submitted by the
 * school, then approved, declined with reasons, or deferred for more information, which the school gives to send it
 * back. Immutable: each move gives a new value, refused with a {@link FundingRefusal} when the application is not
 * where the move starts from; the owning entity keeps it (optimistically versioned). The same columns in both tables.
 */
@Embeddable
public record DecisionState(
        @Enumerated(EnumType.STRING) @Column(name = "status", nullable = false, length = 20) ApplicationStatus status,
        @Column(name = "submitted_on", nullable = false) LocalDate submittedOn,
        @Column(name = "submitted_by", nullable = false, length = 254) String submittedBy,
        @Column(name = "more_information", length = DecisionState.TEXT) String moreInformation,
        @Column(name = "decided_on") LocalDate decidedOn,
        @Column(name = "decided_by", length = 254) String decidedBy,
        @Column(name = "decision_note", length = DecisionState.TEXT) String decisionNote) {

    /** The longest reasons, request for information or information given. */
    public static final int TEXT = 2000;

    /** A new application, waiting for the panel. */
    public static DecisionState submitted(LocalDate today, String by) {
        return new DecisionState(ApplicationStatus.SUBMITTED, today, by, null, null, null, null);
    }

    /** Approved (what the approval makes, an award or a payment, is the caller's). */
    public DecisionState approved(LocalDate today, String by) {
        requireSubmitted();
        return new DecisionState(ApplicationStatus.APPROVED, submittedOn, submittedBy, moreInformation, today, by, null);
    }

    /** Declined, with the reasons the school and the family see. */
    public DecisionState declined(String reasons, LocalDate today, String by) {
        requireSubmitted();
        return new DecisionState(ApplicationStatus.DECLINED, submittedOn, submittedBy, moreInformation, today, by,
                required(reasons, FundingRefusal.Field.NOTE, TEXT));
    }

    /** Deferred, saying what more information the panel needs. */
    public DecisionState deferred(String whatIsNeeded, LocalDate today, String by) {
        requireSubmitted();
        return new DecisionState(ApplicationStatus.DEFERRED, submittedOn, submittedBy, moreInformation, today, by,
                required(whatIsNeeded, FundingRefusal.Field.NOTE, TEXT));
    }

    /** The school gives the information the panel asked for: the application goes back to the panel. */
    public DecisionState withMoreInformation(String information) {
        if (status != ApplicationStatus.DEFERRED) {
            throw new FundingRefusal(FundingRefusal.Field.NOTE, "funding.error.notDeferred",
                    "The panel has not asked for more information");
        }
        return new DecisionState(ApplicationStatus.SUBMITTED, submittedOn, submittedBy,
                required(information, FundingRefusal.Field.NOTE, TEXT), decidedOn, decidedBy, decisionNote);
    }

    private void requireSubmitted() {
        if (status != ApplicationStatus.SUBMITTED) {
            throw new FundingRefusal(FundingRefusal.Field.DECISION, "funding.error.notAwaitingDecision",
                    "The application is not awaiting a decision");
        }
    }

    /** Text an application needs: stripped, not blank and at most {@code max} characters, or refused on its field. */
    public static String required(String text, FundingRefusal.Field field, int max) {
        if (text == null || text.isBlank()) {
            throw new FundingRefusal(field, "funding.error.textRequired", "Required text is missing");
        }
        String strip = text.strip();
        if (strip.length() > max) {
            throw new FundingRefusal(field, "funding.error.textTooLong", "Text too long", max);
        }
        return strip;
    }
}
