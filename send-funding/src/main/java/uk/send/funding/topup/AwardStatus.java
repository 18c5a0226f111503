package uk.send.funding.topup;

/** An award in force, or what its review decided: renewed, followed by another band, or ended. */
public enum AwardStatus {
    ACTIVE, RENEWED, BAND_CHANGED, ENDED
}
