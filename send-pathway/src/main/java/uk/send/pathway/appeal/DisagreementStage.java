package uk.send.pathway.appeal;

/** Where a disagreement stands, in the order it usually goes. */
public enum DisagreementStage {
    MEDIATION_OFFERED, CERTIFICATE_ISSUED, APPEAL_REGISTERED, HEARING_LISTED, DECIDED
}
