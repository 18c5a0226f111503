package uk.send.web.funding;

import uk.send.funding.topup.Decision;
import uk.send.funding.topup.ReviewOutcome;
import uk.send.web.support.Parsed;
import uk.send.web.support.TextInput;

/**
 * The top-up funding forms, bound by the service's one input mechanism: every {@link TextInput} is checked against
 * its column (V22__top_up_funding.sql) and for control characters, a choice that cannot be converted is a field
 * error, an unreadable version a conflict. {@link FundingFormChecks} adds what is required, real dates and amounts.
 */
final class FundingForms {

    static final int EVIDENCE = 4000;
    static final int TEXT = 2000;
    static final int BAND_NAME = 60;
    static final int BAND_DESCRIPTION = 500;

    private FundingForms() {
    }

    /** A SENCO's application from a reviewed cycle. */
    record ApplicationForm(@TextInput(max = EVIDENCE, lines = true) String evidence, Long bandId,
                           @TextInput(max = TEXT, lines = true) String intendedUse,
                           @Parsed String startDay, @Parsed String startMonth, @Parsed String startYear,
                           @Parsed String endDay, @Parsed String endMonth, @Parsed String endYear,
                           @Parsed String reviewDay, @Parsed String reviewMonth, @Parsed String reviewYear) {

        static ApplicationForm empty() {
            return new ApplicationForm(null, null, null, null, null, null, null, null, null, null, null, null);
        }
    }

    /** The information a panel asked for when it deferred. */
    record MoreInformationForm(@TextInput(max = TEXT, lines = true) String information, Integer version) {
    }

    /** The panel's decision: approve (band and dates), decline (reasons) or defer (what it needs). */
    record DecisionForm(Decision decision, Long bandId,
                        @Parsed String startDay, @Parsed String startMonth, @Parsed String startYear,
                        @Parsed String endDay, @Parsed String endMonth, @Parsed String endYear,
                        @Parsed String reviewDay, @Parsed String reviewMonth, @Parsed String reviewYear,
                        @TextInput(max = TEXT, lines = true) String note, Integer version) {
    }

    /** The review of an award at its end: renew, change band, or end. */
    record AwardReviewForm(ReviewOutcome outcome, Long bandId,
                           @Parsed String endDay, @Parsed String endMonth, @Parsed String endYear,
                           @Parsed String reviewDay, @Parsed String reviewMonth, @Parsed String reviewYear,
                           Integer version) {
    }

    /** A band: its name, what it is for, its annual value in pounds, and whether it is offered. */
    record BandForm(@TextInput(max = BAND_NAME) String name, @TextInput(max = BAND_DESCRIPTION, lines = true) String description,
                    @Parsed String annualValue, Boolean active, Integer version) {
    }

    /** A footprint's top-up budget for a financial year, in pounds. */
    record BudgetForm(@Parsed String amount) {
    }
}
