package uk.send.web.funding;

import uk.send.domain.reference.NeedCode;
import uk.send.funding.capital.CapitalPurpose;
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
    /** The capital and outreach columns (V36__capital_grants_and_outreach.sql). */
    static final int CAPITAL_TITLE = 120;
    static final int COHORT = 1000;

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

    /** A SENCO's capital application: what for, a title, what it buys, the cohort served (not named), the amount. */
    record CapitalForm(CapitalPurpose purpose, @TextInput(max = CAPITAL_TITLE) String title,
                       @TextInput(max = TEXT, lines = true) String whatItBuys,
                       @TextInput(max = COHORT, lines = true) String whoItServes, @Parsed String pupilsServed,
                       @Parsed String amount, Integer year) {

        static CapitalForm empty() {
            return new CapitalForm(null, null, null, null, null, null, null);
        }
    }

    /** The panel's decision on a capital application: approve (the payment date), decline or defer (a note). */
    record CapitalDecisionForm(Decision decision, @Parsed String paidDay, @Parsed String paidMonth,
                               @Parsed String paidYear, @TextInput(max = TEXT, lines = true) String note,
                               Integer version) {
    }

    /** A mainstream SENCO's request for outreach from a special school. */
    record OutreachRequestForm(Long providerId, NeedCode need, @TextInput(max = TEXT, lines = true) String supportWanted,
                               @Parsed String sessions) {

        static OutreachRequestForm empty() {
            return new OutreachRequestForm(null, null, null, null);
        }
    }

    /** The provider's answer: accept, or decline with a reason. */
    record OutreachAnswerForm(Boolean accept, @TextInput(max = TEXT, lines = true) String reason, Integer version) {
    }

    /** A session delivered: its date and outcome. */
    record SessionForm(@Parsed String day, @Parsed String month, @Parsed String year,
                       @TextInput(max = TEXT, lines = true) String outcome, Integer version) {
    }

    /** A footprint's outreach quota for a financial year, in sessions. */
    record QuotaForm(@Parsed String sessions) {
    }
}
