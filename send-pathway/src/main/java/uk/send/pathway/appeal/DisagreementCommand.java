package uk.send.pathway.appeal;

import java.time.LocalDate;

import uk.send.pathway.calendar.TribunalCompliance;

/** A step on a disagreement, with its date and what the step records. */
public sealed interface DisagreementCommand {

    LocalDate date();

    /** The mediation adviser issued the certificate, with how mediation ended. */
    record IssueCertificate(LocalDate date, MediationOutcome outcome) implements DisagreementCommand {
    }

    /** The tribunal registered the family's appeal; the council's response is due by {@code responseDue}. */
    record RegisterAppeal(LocalDate date, LocalDate responseDue) implements DisagreementCommand {
    }

    /** The tribunal listed the hearing for {@code date}. */
    record ListHearing(LocalDate date) implements DisagreementCommand {
    }

    /**
     * The appeal ended on {@code date} (the order, the notice conceding it, the dismissal or the withdrawal), and
     * what the council must now do (null unless it was allowed or conceded).
     */
    record Decide(LocalDate date, AppealOutcome outcome, TribunalCompliance compliance) implements DisagreementCommand {
    }
}
