package uk.send.funding.topup;

import java.time.LocalDate;

/**
 * The review of an award at its end: renew (the same band, at its value today, for a new period), change band (a
 * new award in another band), or end. A new award starts the day after this one ends.
 */
public record AwardReview(ReviewOutcome outcome, Long bandId, LocalDate endsOn, LocalDate reviewOn) {
}
