package uk.send.pathway.statistics;

/**
 * Annual reviews and disagreements in a period, counts only: review meetings held in the period and how many of them
 * by their due date (within 12 months of the plan or the last review, CFA 2014 s.44); appeals registered with the
 * tribunal; mediations held (a certificate after mediation taken up); appeals decided, and how many of those went the
 * family's way (allowed, partly allowed or conceded).
 */
public record ReviewsAndAppeals(long reviews, long reviewsOnTime, long appealsRegistered, long mediationsHeld,
        long appealsDecided, long appealsForFamily) {
}
