package uk.send.funding.topup;

import java.time.LocalDate;
import java.util.SortedMap;

import uk.send.domain.reference.Money;

/** An award: band and annual value as approved, period, review date, its cost in each financial year. */
public record AwardView(long id, Long applicationId, long childId, String childName, String settingName,
                        long footprintId, String bandName, Money annualValue, LocalDate startsOn, LocalDate endsOn,
                        LocalDate reviewOn, AwardStatus status, SortedMap<FinancialYear, Long> costByYear,
                        int version) {

    public Money totalCost() {
        return Money.ofPence(costByYear.values().stream().mapToLong(Long::longValue).sum());
    }

    @Override
    public String toString() {
        return "AwardView[id=" + id + "]";
    }
}
