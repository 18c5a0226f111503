package uk.send.funding.capital;

import java.time.LocalDate;

import uk.send.domain.reference.Money;
import uk.send.funding.topup.ApplicationStatus;
import uk.send.funding.topup.FinancialYear;

/** One capital application in a list (the panel's queue and decisions, a school's applications). No child named. */
public record CapitalSummary(long id, String settingName, String title, CapitalPurpose purpose, Money amount,
                             FinancialYear year, ApplicationStatus status, LocalDate submittedOn, LocalDate decidedOn) {
}
