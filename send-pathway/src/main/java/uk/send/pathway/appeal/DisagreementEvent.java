package uk.send.pathway.appeal;

import java.time.LocalDate;

import uk.send.pathway.calendar.TribunalCompliance;

/** What happened on a disagreement: ids, dates and codes only, never free text (the id is null until first saved). */
public sealed interface DisagreementEvent {

    long childId();

    record MediationOffered(Long disagreementId, long childId, AppealType type, LocalDate on) implements DisagreementEvent {
    }

    record CertificateIssued(Long disagreementId, long childId, MediationOutcome outcome, LocalDate on)
            implements DisagreementEvent {
    }

    record AppealRegistered(Long disagreementId, long childId, AppealType type, LocalDate on, LocalDate responseDue)
            implements DisagreementEvent {
    }

    record HearingListed(Long disagreementId, long childId, LocalDate hearingOn) implements DisagreementEvent {
    }

    record AppealDecided(Long disagreementId, long childId, AppealOutcome outcome, TribunalCompliance compliance,
                         LocalDate on, LocalDate complianceDue) implements DisagreementEvent {
    }
}
