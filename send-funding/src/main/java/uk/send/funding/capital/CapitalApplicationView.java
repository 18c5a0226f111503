package uk.send.funding.capital;

import java.time.LocalDate;

import uk.send.domain.reference.Money;
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.FinancialYear;

/** A capital application as its school and the footprint's panel see it: the cohort described, never named. */
public record CapitalApplicationView(long id, long settingId, String settingName, long footprintId, FinancialYear year,
                                     CapitalPurpose purpose, String title, String whatItBuys, String whoItServes,
                                     int pupilsServed, Money amount, ApplicationStatus status, LocalDate submittedOn,
                                     String moreInformation, LocalDate decidedOn, String decisionNote, LocalDate paidOn,
                                     int version) {
}
