package uk.send.pathway.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;

/**
 * A school's costed provision map for one term: the hours and cost of the provision in its pupils' support plans,
 * by type of provision and by primary need, with totals. Pure arithmetic on whole numbers, no database and no clock.
 *
 * <p>The rules, as the page states them:
 * <ul>
 *   <li>An item of provision counts in a term for the days its cycle is current in the term ({@link #currentUntil}).
 *   <li><b>Hours</b> = weekly hours × the term's school weeks × (days current in the term ÷ days in the term), in
 *       hundredths of an hour, rounded half up for each item; a row is the sum of its items.
 *   <li><b>Cost</b>: the cost recorded is the item's cost over its cycle; each term takes the share of it for the days
 *       of the cycle that fall in the term, to the penny (rounded half up at the term's boundaries, so the shares of
 *       every term add up to exactly the cost recorded).
 *   <li><b>Pupils</b>: the pupils with provision counted in the row; the total counts each pupil once.
 * </ul>
 *
 * @param term   the term
 * @param byType one row for each type of provision counted, in the order of {@link ProvisionType}; items of no
 *               recorded type last (key null)
 * @param byNeed one row for each primary need counted, in the census order of {@link NeedCode}
 * @param total  the whole school (key null)
 */
public record ProvisionMap(SchoolTerm term, List<Row<ProvisionType>> byType, List<Row<NeedCode>> byNeed, Row<Void> total) {

    /**
     * One item of provision in one cycle: whose, its type (null: not recorded) and the pupil's primary need, its
     * weekly hours in hundredths and its cost over the cycle in pence, and the days the cycle is current, from
     * {@code from} until the day before {@code until}.
     */
    public record Item(long childId, ProvisionType type, NeedCode need, int weeklyCentihours, long costPence,
                       LocalDate from, LocalDate until) {

        public Item {
            if (!until.isAfter(from)) {
                throw new IllegalArgumentException("A cycle is current for at least a day");
            }
            if (weeklyCentihours < 0 || costPence < 0) {
                throw new IllegalArgumentException("Hours and cost are not negative");
            }
        }
    }

    /** A row of the map: hours in hundredths, cost in pence, and how many pupils. */
    public record Row<K>(K key, long centihours, long costPence, int pupils) {

        /** Hours as the page shows them: "6.89". */
        public String hours() {
            return BigDecimal.valueOf(centihours, 2).toPlainString();
        }

        public Money cost() {
            return Money.ofPence(costPence);
        }
    }

    /**
     * The day after the last day a cycle is current: a reviewed cycle until its review (which opens the next cycle
     * that day); one ended unreviewed until its pupil's SEN Support here ended (or its review date, if no end is
     * recorded); one in progress until its review date, or through today while its review is overdue, because the
     * provision goes on until the review. Always at least the day after it starts.
     */
    public static LocalDate currentUntil(PlanStatus status, LocalDate startsOn, LocalDate reviewDue, LocalDate reviewedOn,
                                         LocalDate endedOn, LocalDate today) {
        LocalDate until = switch (status) {
            case REVIEWED -> reviewedOn;
            case ENDED -> endedOn != null ? endedOn : reviewDue;
            case OPEN -> reviewDue.isAfter(today) ? reviewDue : today.plusDays(1);
        };
        return until.isAfter(startsOn) ? until : startsOn.plusDays(1);
    }

    /** The map of a term from the items of the cycles current in it (items outside the term count nothing). */
    public static ProvisionMap of(SchoolTerm term, List<Item> items) {
        List<Counted> counted = new ArrayList<>();
        for (Item item : items) {
            Counted c = count(term, item);
            if (c != null) {
                counted.add(c);
            }
        }
        List<Row<ProvisionType>> byType = rows(counted, c -> c.item.type(),
                Comparator.nullsLast(Comparator.<ProvisionType>naturalOrder()));
        List<Row<NeedCode>> byNeed = rows(counted, c -> c.item.need(),
                Comparator.nullsLast(Comparator.<NeedCode>naturalOrder()));
        return new ProvisionMap(term, byType, byNeed, row(null, counted));
    }

    /** One item's hours and cost in the term, or null when its cycle is not current in it. */
    private static Counted count(SchoolTerm term, Item item) {
        long cycleDays = ChronoUnit.DAYS.between(item.from(), item.until());
        long before = clamp(ChronoUnit.DAYS.between(item.from(), term.startsOn()), cycleDays);
        long through = clamp(ChronoUnit.DAYS.between(item.from(), term.endsOn().plusDays(1)), cycleDays);
        long days = through - before;
        if (days <= 0) {
            return null;
        }
        long centihours = divideHalfUp(Math.multiplyExact((long) item.weeklyCentihours() * term.schoolWeeks(), days),
                term.days());
        long cost = divideHalfUp(Math.multiplyExact(item.costPence(), through), cycleDays)
                - divideHalfUp(Math.multiplyExact(item.costPence(), before), cycleDays);
        return new Counted(item, centihours, cost);
    }

    private static long clamp(long days, long most) {
        return Math.max(0, Math.min(days, most));
    }

    /** n ÷ d rounded half up, for n ≥ 0 and d > 0. */
    static long divideHalfUp(long n, long d) {
        return (2 * n + d) / (2 * d);
    }

    private static <K> List<Row<K>> rows(List<Counted> counted, Function<Counted, K> key, Comparator<K> order) {
        Map<K, List<Counted>> groups = new LinkedHashMap<>();
        counted.stream().sorted(Comparator.comparing(key, order))
                .forEach(c -> groups.computeIfAbsent(key.apply(c), k -> new ArrayList<>()).add(c));
        return groups.entrySet().stream().map(e -> row(e.getKey(), e.getValue())).toList();
    }

    private static <K> Row<K> row(K key, List<Counted> counted) {
        long centihours = 0;
        long cost = 0;
        Set<Long> pupils = new HashSet<>();
        for (Counted c : counted) {
            centihours = Math.addExact(centihours, c.centihours);
            cost = Math.addExact(cost, c.costPence);
            pupils.add(c.item.childId());
        }
        return new Row<>(key, centihours, cost, pupils.size());
    }

    private record Counted(Item item, long centihours, long costPence) {
    }
}
