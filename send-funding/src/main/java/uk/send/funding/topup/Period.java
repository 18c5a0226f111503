package uk.send.funding.topup;

import java.time.LocalDate;

/** The rules for an award's period: it ends after it starts, lasts at most a year, and is reviewed within it. */
final class Period {

    /** An award is time-limited: at most a year (the end no later than the day before the start's anniversary). */
    static final int MAX_MONTHS = 12;

    private Period() {
    }

    static void check(LocalDate startsOn, LocalDate endsOn, LocalDate reviewOn) {
        if (startsOn == null) {
            throw new FundingRefusal(FundingRefusal.Field.STARTS_ON, "funding.error.startRequired", "No start");
        }
        if (endsOn == null || endsOn.isBefore(startsOn)) {
            throw new FundingRefusal(FundingRefusal.Field.ENDS_ON, "funding.error.endBeforeStart", "End before start");
        }
        if (!endsOn.isBefore(startsOn.plusMonths(MAX_MONTHS))) {
            throw new FundingRefusal(FundingRefusal.Field.ENDS_ON, "funding.error.tooLong", "Longer than a year",
                    startsOn.plusMonths(MAX_MONTHS).minusDays(1));
        }
        if (reviewOn == null || reviewOn.isBefore(startsOn) || reviewOn.isAfter(endsOn)) {
            throw new FundingRefusal(FundingRefusal.Field.REVIEW_ON, "funding.error.reviewOutsidePeriod",
                    "The review is outside the award");
        }
    }
}
