package uk.send.funding.topup;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;

/**
 * Where footprints' budgets stand in a financial year, in two queries whatever the number of footprints: the budget
 * rows, and the awards with a day in the year. Spent is each award's cost for its days in the year up to today;
 * committed is the rest of what the awards took from the budget (their cost for the year, kept on the budget row).
 */
@Component
class BudgetPositions {

    private final BudgetRepository budgets;
    private final AwardRepository awards;

    BudgetPositions(BudgetRepository budgets, AwardRepository awards) {
        this.budgets = budgets;
        this.awards = awards;
    }

    List<BudgetPosition> of(Collection<FootprintView> footprints, FinancialYear year, LocalDate today) {
        if (footprints.isEmpty()) {
            return List.of();
        }
        Map<Long, Budget> byFootprint = budgets.inYear(year.startYear()).stream()
                .collect(Collectors.toMap(Budget::getFootprintId, b -> b));
        Map<Long, Long> spent = new HashMap<>();
        List<Long> ids = footprints.stream().map(FootprintView::id).toList();
        for (Award a : awards.overlappingAny(ids, year.firstDay(), year.lastDay())) {
            if (!a.getStartsOn().isAfter(today)) {
                LocalDate to = a.getEndsOn().isBefore(today) ? a.getEndsOn() : today;
                spent.merge(a.getFootprintId(), ProRata.costIn(year, a.getAnnualValuePence(), a.getStartsOn(), to),
                        Long::sum);
            }
        }
        return footprints.stream().map(f -> {
            Budget b = byFootprint.get(f.id());
            long budget = b == null ? 0 : b.getTopUpBudgetPence();
            long allocated = b == null ? 0 : b.getTopUpAllocatedPence();
            long gone = Math.min(spent.getOrDefault(f.id(), 0L), allocated);
            return new BudgetPosition(f.id(), f.name(), year, b != null, Money.ofPence(budget),
                    Money.ofPence(allocated - gone), Money.ofPence(gone), Money.ofPence(budget - allocated));
        }).toList();
    }
}
