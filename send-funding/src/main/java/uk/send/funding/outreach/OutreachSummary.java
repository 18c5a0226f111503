package uk.send.funding.outreach;

import java.time.LocalDate;

import uk.send.funding.topup.FinancialYear;

/** One outreach request in a list (a school's requests, a provider's). */
public record OutreachSummary(long id, String settingName, String providerName, FinancialYear year, int sessions,
                              int delivered, OutreachStatus status, LocalDate requestedOn) {
}
