package uk.send.commissioning.forecast;

import uk.send.funding.topup.FinancialYear;

/**
 * One financial year of the records: the EHC plans in force on the day before it starts, the new plans first issued
 * in it, the plans that ceased in it, and those in force on its last day (start + new − ceased).
 */
public record RecordedYear(FinancialYear year, long atStart, long newPlans, long ceased, long atEnd) {
}
