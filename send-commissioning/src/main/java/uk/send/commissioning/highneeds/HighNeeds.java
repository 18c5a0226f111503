package uk.send.commissioning.highneeds;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.Money;
import uk.send.funding.topup.BudgetPosition;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;

/**
 * The high-needs budget: the commissioner's budget lines (audited), and the spend the records commit against them,
 * each figure one SQL aggregate:
 * <ul>
 *   <li><b>INMSS</b>: each approved placement's annual cost times its education share (the high needs block pays the
 *       education part; social care and health pay theirs), pro rata by day for its days in the year, rounded to the
 *       penny half up per placement, as {@code ProRata} does; placements recorded but not yet decided are added to
 *       the forecast only;</li>
 *   <li><b>top-ups without a plan</b>: the awards' cost in the year, from {@code funding :: topup}
 *       ({@link FundingSettings#budgets}: committed plus spent);</li>
 *   <li><b>resource bases</b>: the places commissioned today times the configured value of a place
 *       ({@code send.commissioning.high-needs.resource-base-place-pence}, £10,000 unless set);</li>
 *   <li>a category the service keeps no records of is forecast at its budget.</li>
 * </ul>
 */
@Service
public class HighNeeds {

    public static final long MAX_BUDGET_PENCE = 100_000_000_000L;
    /** The years offered: this many before the current one, and the next. */
    public static final int YEARS_BACK = 4;

    private final JdbcClient jdbc;
    private final FundingSettings funding;
    private final AuditLog audit;
    private final Clock clock;
    private final long placePence;

    HighNeeds(JdbcClient jdbc, FundingSettings funding, AuditLog audit, Clock clock,
              @Value("${send.commissioning.high-needs.resource-base-place-pence:1000000}") long placePence) {
        if (placePence < 0 || placePence > MAX_BUDGET_PENCE) {
            throw new IllegalStateException("send.commissioning.high-needs.resource-base-place-pence out of range");
        }
        this.jdbc = jdbc;
        this.funding = funding;
        this.audit = audit;
        this.clock = clock;
        this.placePence = placePence;
    }

    public FinancialYear currentYear() {
        return FinancialYear.of(LocalDate.now(clock));
    }

    /** The years a commissioner may open and budget: the next, the current and four before, latest first. */
    public List<FinancialYear> years() {
        List<FinancialYear> years = new ArrayList<>();
        FinancialYear current = currentYear();
        for (int y = current.startYear() + 1; y >= current.startYear() - YEARS_BACK; y--) {
            years.add(new FinancialYear(y));
        }
        return years;
    }

    /** Sets one budget line, replacing any before; audited. */
    @Transactional
    public void setBudget(Viewer viewer, FinancialYear year, HighNeedsCategory category, long pence) {
        requireCommissioner(viewer);
        Objects.requireNonNull(category, "category is required");
        if (!years().contains(year)) {
            throw new IllegalArgumentException("not a year offered");
        }
        if (pence < 0 || pence > MAX_BUDGET_PENCE) {
            throw new IllegalArgumentException("budget out of range");
        }
        jdbc.sql("""
                        insert into high_needs_budget (financial_year, category, budget_pence, updated_by_id, updated_by)
                        values (:year, :category, :pence, :actorId, :actor)
                        on conflict (financial_year, category) do update set budget_pence = excluded.budget_pence,
                               updated_by_id = excluded.updated_by_id, updated_by = excluded.updated_by,
                               updated_at = now(), version = high_needs_budget.version + 1""")
                .param("year", year.startYear()).param("category", category.name()).param("pence", pence)
                .param("actorId", viewer.userId()).param("actor", viewer.email()).update();
        audit.record(viewer, AuditAction.HIGH_NEEDS_BUDGET_SET, "HIGH_NEEDS_BUDGET", year.startYear(),
                category.name() + "=" + pence);
    }

    /** The year's budget lines, committed and forecast spend, variance and cumulative deficit. */
    @Transactional(readOnly = true)
    public HighNeedsPosition position(Viewer viewer, FinancialYear year) {
        requireCommissioner(viewer);
        Integer first = jdbc.sql("select min(financial_year) from high_needs_budget").query(Integer.class).optional()
                .orElse(null);
        FinancialYear firstYear = first == null || first > year.startYear() ? year : new FinancialYear(first);
        long deficit = 0;
        for (FinancialYear y = firstYear; y.compareTo(year) < 0; y = y.next()) {
            HighNeedsPosition earlier = inYear(viewer, y, 0, firstYear);
            deficit += earlier.total().forecast().pence() - earlier.total().budget().pence();
        }
        return inYear(viewer, year, deficit, firstYear);
    }

    private HighNeedsPosition inYear(Viewer viewer, FinancialYear year, long deficitBefore, FinancialYear firstYear) {
        Map<HighNeedsCategory, Long> budgets = new EnumMap<>(HighNeedsCategory.class);
        jdbc.sql("select category, budget_pence from high_needs_budget where financial_year = :year")
                .param("year", year.startYear())
                .query(rs -> {
                    budgets.put(HighNeedsCategory.valueOf(rs.getString("category")), rs.getLong("budget_pence"));
                });
        Map<Long, String> footprints = new LinkedHashMap<>();
        Map<Long, long[]> byFootprint = new HashMap<>();
        long topUps = 0;
        for (BudgetPosition b : funding.budgets(viewer, year)) {
            footprints.put(b.footprintId(), b.footprintName());
            long cost = b.committed().pence() + b.spent().pence();
            byFootprint.computeIfAbsent(b.footprintId(), k -> new long[3])[0] += cost;
            topUps += cost;
        }
        long[] places = {0};
        jdbc.sql("""
                        select s.footprint_id, sum(r.places) as places
                        from resource_base_places r join setting s on s.id = r.setting_id
                        group by s.footprint_id""")
                .query(rs -> {
                    long cost = rs.getLong("places") * placePence;
                    byFootprint.computeIfAbsent(rs.getLong("footprint_id"), k -> new long[3])[1] += cost;
                    places[0] += cost;
                });
        long[] inmss = {0, 0};
        jdbc.sql("""
                        select p.footprint_id, p.status,
                               sum(round(p.annual_cost_pence::numeric * p.education_share
                                   * (least(p.planned_end_date, :last) - greatest(p.start_date, :first) + 1)
                                   / (100 * :days))) as cost
                        from inmss_placement p
                        where p.status in ('APPROVED', 'PROPOSED') and p.start_date <= :last
                          and p.planned_end_date >= :first
                        group by p.footprint_id, p.status""")
                .param("first", Date.valueOf(year.firstDay())).param("last", Date.valueOf(year.lastDay()))
                .param("days", year.days())
                .query(rs -> {
                    long cost = rs.getLong("cost");
                    if (rs.getString("status").equals("APPROVED")) {
                        byFootprint.computeIfAbsent(rs.getLong("footprint_id"), k -> new long[3])[2] += cost;
                        inmss[0] += cost;
                    } else {
                        inmss[1] += cost;
                    }
                });
        List<HighNeedsPosition.Line> lines = new ArrayList<>();
        long budgetTotal = 0;
        long committedTotal = 0;
        long forecastTotal = 0;
        for (HighNeedsCategory category : HighNeedsCategory.values()) {
            Long budget = budgets.get(category);
            Long committed = switch (category) {
                case MAINSTREAM_TOP_UP_WITHOUT_PLANS -> topUps;
                case RESOURCE_BASES -> places[0];
                case INMSS -> inmss[0];
                default -> null;
            };
            long forecast = committed == null ? (budget == null ? 0 : budget)
                    : committed + (category == HighNeedsCategory.INMSS ? inmss[1] : 0);
            long b = budget == null ? 0 : budget;
            lines.add(new HighNeedsPosition.Line(category, budget == null ? null : Money.ofPence(budget),
                    committed == null ? null : Money.ofPence(committed), Money.ofPence(forecast),
                    Money.ofPence(b - forecast)));
            budgetTotal += b;
            committedTotal += committed == null ? 0 : committed;
            forecastTotal += forecast;
        }
        List<HighNeedsPosition.FootprintLine> footprintLines = new ArrayList<>();
        long[] sums = new long[3];
        footprints.forEach((id, name) -> {
            long[] c = byFootprint.getOrDefault(id, new long[3]);
            footprintLines.add(footprintLine(id, name, c));
            for (int i = 0; i < 3; i++) {
                sums[i] += c[i];
            }
        });
        return new HighNeedsPosition(year, LocalDate.now(clock), List.copyOf(lines),
                new HighNeedsPosition.Line(null, Money.ofPence(budgetTotal), Money.ofPence(committedTotal),
                        Money.ofPence(forecastTotal), Money.ofPence(budgetTotal - forecastTotal)),
                List.copyOf(footprintLines), footprintLine(null, null, sums),
                Money.ofPence(deficitBefore + forecastTotal - budgetTotal), firstYear, Money.ofPence(placePence));
    }

    private static HighNeedsPosition.FootprintLine footprintLine(Long id, String name, long[] c) {
        return new HighNeedsPosition.FootprintLine(id, name, Money.ofPence(c[0]), Money.ofPence(c[1]),
                Money.ofPence(c[2]), Money.ofPence(c[0] + c[1] + c[2]));
    }

    private static void requireCommissioner(Viewer viewer) {
        if (viewer.role() != Role.COMMISSIONER) {
            throw new NotInScopeException("high_needs_budget");
        }
    }
}
