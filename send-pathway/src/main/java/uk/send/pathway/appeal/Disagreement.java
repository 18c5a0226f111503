package uk.send.pathway.appeal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

import org.springframework.data.domain.AbstractAggregateRoot;

import uk.send.pathway.calendar.StatutoryCalendar;
import uk.send.pathway.calendar.TribunalCompliance;

/**
 * A family's disagreement with one decision of the council: the mediation offered with it, the certificate the
 * mediation adviser issued, the appeal the tribunal registered, its hearing, and how it ended with what the
 * council must then do by when. It moves only through its own methods, which refuse what the rules do not allow
 * ({@link DisagreementRefusal}) and register a {@link DisagreementEvent}.
 */
@Entity
@Table(name = "disagreement")
class Disagreement extends AbstractAggregateRoot<Disagreement> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_type", nullable = false, length = 30)
    private AppealType type;

    @Column(name = "decision_on", nullable = false)
    private LocalDate decisionOn;

    @Column(name = "mediation_offered_on", nullable = false)
    private LocalDate mediationOfferedOn;

    @Column(name = "certificate_on")
    private LocalDate certificateOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_outcome", length = 20)
    private MediationOutcome mediationOutcome;

    @Column(name = "registered_on")
    private LocalDate registeredOn;

    @Column(name = "response_due")
    private LocalDate responseDue;

    @Column(name = "hearing_on")
    private LocalDate hearingOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private AppealOutcome outcome;

    @Column(name = "outcome_on")
    private LocalDate outcomeOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "compliance", length = 30)
    private TribunalCompliance compliance;

    @Column(name = "compliance_due")
    private LocalDate complianceDue;

    @Column(name = "recorded_by", nullable = false, length = 254)
    private String recordedBy;

    @Version
    private int version;

    protected Disagreement() {
    }

    /** A decision the family disagrees with, and the day mediation was offered to them. */
    static Disagreement open(long childId, AppealType type, LocalDate decisionOn, LocalDate offeredOn, LocalDate today,
                             String by) {
        if (type == null) {
            throw refuse(DisagreementRefusal.Field.TYPE, "disagreement.type.required", "type is required");
        }
        notAfterToday(decisionOn, today, DisagreementRefusal.Field.DATE);
        notAfterToday(offeredOn, today, DisagreementRefusal.Field.SECOND_DATE);
        if (offeredOn.isBefore(decisionOn)) {
            throw refuse(DisagreementRefusal.Field.SECOND_DATE, "disagreement.offered.beforeDecision",
                    "mediation offered before the decision", decisionOn);
        }
        Disagreement d = new Disagreement();
        d.childId = childId;
        d.type = type;
        d.decisionOn = decisionOn;
        d.mediationOfferedOn = offeredOn;
        d.recordedBy = by;
        d.registerEvent(new DisagreementEvent.MediationOffered(null, childId, type, offeredOn));
        return d;
    }

    /**
     * The last day the family may appeal to the tribunal against the decision: 2 months from it, or 1 month from the
     * mediation certificate if that is later (from the calendar).
     */
    StatutoryCalendar.AppealWindow appealWindow(StatutoryCalendar calendar) {
        return calendar.appealWindow(decisionOn, certificateOn);
    }

    void take(DisagreementCommand command, LocalDate today, StatutoryCalendar calendar) {
        if (command instanceof DisagreementCommand.IssueCertificate c) {
            issueCertificate(c.date(), c.outcome(), today);
        } else if (command instanceof DisagreementCommand.RegisterAppeal c) {
            registerAppeal(c.date(), c.responseDue(), today);
        } else if (command instanceof DisagreementCommand.ListHearing c) {
            listHearing(c.date());
        } else if (command instanceof DisagreementCommand.Decide c) {
            decide(c.date(), c.outcome(), c.compliance(), today, calendar);
        }
    }

    private void issueCertificate(LocalDate on, MediationOutcome how, LocalDate today) {
        if (certificateOn != null || registeredOn != null) {
            throw refuse(DisagreementRefusal.Field.STEP, "disagreement.certificate.already", "certificate already issued");
        }
        notAfterToday(on, today, DisagreementRefusal.Field.DATE);
        if (on.isBefore(mediationOfferedOn)) {
            throw refuse(DisagreementRefusal.Field.DATE, "disagreement.certificate.beforeOffer",
                    "certificate before mediation was offered", mediationOfferedOn);
        }
        if (how == null) {
            throw refuse(DisagreementRefusal.Field.OUTCOME, "disagreement.mediationOutcome.required", "outcome required");
        }
        certificateOn = on;
        mediationOutcome = how;
        registerEvent(new DisagreementEvent.CertificateIssued(id, childId, how, on));
    }

    private void registerAppeal(LocalDate on, LocalDate due, LocalDate today) {
        if (registeredOn != null) {
            throw refuse(DisagreementRefusal.Field.STEP, "disagreement.appeal.already", "appeal already registered");
        }
        if (type.needsCertificate() && certificateOn == null) {
            throw refuse(DisagreementRefusal.Field.STEP, "disagreement.appeal.needsCertificate",
                    "a mediation certificate is needed first");
        }
        notAfterToday(on, today, DisagreementRefusal.Field.DATE);
        LocalDate earliest = certificateOn != null ? certificateOn : decisionOn;
        if (on.isBefore(earliest)) {
            throw refuse(DisagreementRefusal.Field.DATE, "disagreement.appeal.tooEarly", "registered too early", earliest);
        }
        if (due == null || !due.isAfter(on)) {
            throw refuse(DisagreementRefusal.Field.SECOND_DATE, "disagreement.responseDue.afterRegistered",
                    "response due must be after registration", on);
        }
        registeredOn = on;
        responseDue = due;
        registerEvent(new DisagreementEvent.AppealRegistered(id, childId, type, on, due));
    }

    private void listHearing(LocalDate on) {
        if (on == null) {
            throw refuse(DisagreementRefusal.Field.DATE, "disagreement.date.required", "date is required");
        }
        if (registeredOn == null || outcome != null) {
            throw refuse(DisagreementRefusal.Field.STEP, "disagreement.hearing.notOpen", "no open appeal");
        }
        if (on.isBefore(registeredOn)) {
            throw refuse(DisagreementRefusal.Field.DATE, "disagreement.hearing.beforeRegistered",
                    "hearing before registration", registeredOn);
        }
        hearingOn = on;
        registerEvent(new DisagreementEvent.HearingListed(id, childId, on));
    }

    private void decide(LocalDate on, AppealOutcome how, TribunalCompliance then, LocalDate today,
                        StatutoryCalendar calendar) {
        if (registeredOn == null || outcome != null) {
            throw refuse(DisagreementRefusal.Field.STEP, "disagreement.decide.notOpen", "no open appeal");
        }
        notAfterToday(on, today, DisagreementRefusal.Field.DATE);
        if (on.isBefore(registeredOn)) {
            throw refuse(DisagreementRefusal.Field.DATE, "disagreement.decide.beforeRegistered",
                    "ended before registration", registeredOn);
        }
        if (how == null) {
            throw refuse(DisagreementRefusal.Field.OUTCOME, "disagreement.outcome.required", "outcome required");
        }
        // reg 45 is the council conceding before it responds; after the response was due its agreement ends the
        // appeal by the tribunal's (consent) order, whose periods are reg 44's
        if (how == AppealOutcome.CONCEDED && on.isAfter(responseDue)) {
            throw refuse(DisagreementRefusal.Field.OUTCOME, "disagreement.outcome.concededAfterResponse",
                    "conceded after the response was due", responseDue);
        }
        if (how.requiresCompliance()) {
            if (then == null || then.isConcession() != (how == AppealOutcome.CONCEDED)) {
                throw refuse(DisagreementRefusal.Field.COMPLIANCE, how == AppealOutcome.CONCEDED
                        ? "disagreement.compliance.concession" : "disagreement.compliance.order",
                        "the order or concession does not fit the outcome");
            }
        } else if (then != null) {
            throw refuse(DisagreementRefusal.Field.COMPLIANCE, "disagreement.compliance.none",
                    "no order on a dismissed or withdrawn appeal");
        }
        outcome = how;
        outcomeOn = on;
        compliance = then;
        complianceDue = then == null ? null : calendar.complianceDue(then, on);
        registerEvent(new DisagreementEvent.AppealDecided(id, childId, how, then, on, complianceDue));
    }

    DisagreementStage stage() {
        if (outcome != null) {
            return DisagreementStage.DECIDED;
        }
        if (hearingOn != null) {
            return DisagreementStage.HEARING_LISTED;
        }
        if (registeredOn != null) {
            return DisagreementStage.APPEAL_REGISTERED;
        }
        return certificateOn != null ? DisagreementStage.CERTIFICATE_ISSUED : DisagreementStage.MEDIATION_OFFERED;
    }

    private static void notAfterToday(LocalDate date, LocalDate today, DisagreementRefusal.Field field) {
        if (date == null) {
            throw refuse(field, "disagreement.date.required", "date is required");
        }
        if (date.isAfter(today)) {
            throw refuse(field, "disagreement.date.future", "date in the future");
        }
    }

    private static DisagreementRefusal refuse(DisagreementRefusal.Field field, String key, String message,
                                              Object... arguments) {
        return new DisagreementRefusal(field, key, message, arguments);
    }

    Long getId() {
        return id;
    }

    long getChildId() {
        return childId;
    }

    AppealType getType() {
        return type;
    }

    LocalDate getDecisionOn() {
        return decisionOn;
    }

    LocalDate getMediationOfferedOn() {
        return mediationOfferedOn;
    }

    LocalDate getCertificateOn() {
        return certificateOn;
    }

    MediationOutcome getMediationOutcome() {
        return mediationOutcome;
    }

    LocalDate getRegisteredOn() {
        return registeredOn;
    }

    LocalDate getResponseDue() {
        return responseDue;
    }

    LocalDate getHearingOn() {
        return hearingOn;
    }

    AppealOutcome getOutcome() {
        return outcome;
    }

    LocalDate getOutcomeOn() {
        return outcomeOn;
    }

    TribunalCompliance getCompliance() {
        return compliance;
    }

    LocalDate getComplianceDue() {
        return complianceDue;
    }

    /** The events registered and not yet published (for tests). */
    java.util.Collection<Object> events() {
        return domainEvents();
    }

    int getVersion() {
        return version;
    }
}
