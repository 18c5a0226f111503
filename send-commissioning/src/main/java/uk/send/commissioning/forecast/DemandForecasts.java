package uk.send.commissioning.forecast;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.send.domain.access.NotInScopeException;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.audit.AuditAction;
import uk.send.domain.audit.AuditLog;
import uk.send.domain.reference.SettingType;
import uk.send.funding.topup.BandView;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;
import uk.send.pathway.statistics.ActivePlans;
import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.PlanTrends;
import uk.send.pathway.statistics.PlanYear;

/**
 * The demand forecast (issue 20): the recorded trend of EHC plans, from the pathway's figures in SQL
 * ({@link PlanTrends}, {@link PathwayStatistics#activePlans}) and the costs the service holds (INMSS placements, top-up
 * bands, the value of a specialist place); and the commissioners' named scenarios, created, changed and copied, each
 * change audited. The projection itself is {@link DemandForecast}'s.
 */
@Service
public class DemandForecasts {

    public static final int NAME_MAX = 100;
    /** How many complete financial years the trend looks back over, the base year last. */
    public static final int RECORDED_YEARS = 5;
    private static final int AUDIT_DETAIL_MAX = 500;

    private static final String COLUMNS = """
            id, name, new_plan_growth_percent, cease_rate_percent, cost_inflation_percent, mainstream_share,
            special_share, inmss_share, mainstream_unit_pence, special_unit_pence, inmss_unit_pence, updated_by,
            updated_at, version""";

    private final JdbcClient jdbc;
    private final PlanTrends trends;
    private final PathwayStatistics statistics;
    private final FundingSettings funding;
    private final AuditLog audit;
    private final Clock clock;
    private final long placePence;

    DemandForecasts(JdbcClient jdbc, PlanTrends trends, PathwayStatistics statistics, FundingSettings funding,
                    AuditLog audit, Clock clock,
                    @Value("${send.commissioning.high-needs.resource-base-place-pence:1000000}") long placePence) {
        this.jdbc = jdbc;
        this.trends = trends;
        this.statistics = statistics;
        this.funding = funding;
        this.audit = audit;
        this.clock = clock;
        this.placePence = Math.min(Math.max(placePence, 0), Assumptions.MAX_UNIT_PENCE);
    }

    /** The last complete financial year: the base the projection starts from. */
    public FinancialYear baseYear() {
        return new FinancialYear(FinancialYear.of(LocalDate.now(clock)).startYear() - 1);
    }

    /** The recorded trend, the plans in force at the end of the base year and the costs the records hold. */
    @Transactional(readOnly = true)
    public Recorded recorded(Viewer viewer) {
        requireCommissioner(viewer);
        return recorded(viewer, null);
    }

    /** The same, for children living in one footprint (null: the whole area). */
    @Transactional(readOnly = true)
    public Recorded recorded(Viewer viewer, Long footprintId) {
        requireCommissioner(viewer);
        FinancialYear base = baseYear();
        List<RecordedYear> years = trends.byFinancialYear(base.startYear() - RECORDED_YEARS + 1, base.startYear(),
                        footprintId).stream()
                .map(DemandForecasts::recordedYear).toList();
        RecordedTrend trend = RecordedTrend.of(years);
        ActivePlans active = statistics.activePlans(base.lastDay(), footprintId);
        Map<SettingType, Long> byType = active.bySettingType();
        long special = byType.getOrDefault(SettingType.SPECIAL_MAINTAINED, 0L)
                + byType.getOrDefault(SettingType.SPECIAL_ACADEMY, 0L)
                + byType.getOrDefault(SettingType.RESOURCE_BASE, 0L);
        long inmss = byType.getOrDefault(SettingType.INMSS, 0L);
        long mainstream = Math.max(0, active.total() - special - inmss);
        int[] shares = RecordedTrend.shares(mainstream, special, inmss);
        List<BandView> bands = funding.bands(viewer).stream().filter(BandView::active).toList();
        long mainstreamUnit = RecordedTrend.averagePence(bands.stream().mapToLong(BandView::annualValuePence).sum(),
                bands.size());
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("day", Date.valueOf(base.lastDay()));
        if (footprintId != null) {
            params.put("footprint", footprintId);
        }
        long[] placements = jdbc.sql("""
                        select count(*) as placements,
                               coalesce(sum(p.annual_cost_pence * p.education_share), 0) as cost_times_share
                        from inmss_placement p
                        where p.status = 'APPROVED' and p.start_date <= :day and p.planned_end_date >= :day and %s"""
                        .formatted(footprintId == null ? "true" : "p.footprint_id = :footprint"))
                .params(params)
                .query((rs, n) -> new long[] {rs.getLong("placements"), rs.getLong("cost_times_share")}).single();
        long inmssUnit = RecordedTrend.averagePence(placements[1], placements[0] * 100);
        Assumptions assumptions = new Assumptions(clamp(trend.newPlanGrowthPercent(), Assumptions.GROWTH_MIN,
                Assumptions.GROWTH_MAX), clamp(trend.ceaseRatePercent(), BigDecimal.ZERO, Assumptions.CEASE_MAX),
                new BigDecimal("0.0"), shares[0], shares[1], shares[2], Math.min(mainstreamUnit, Assumptions.MAX_UNIT_PENCE),
                placePence, Math.min(inmssUnit, Assumptions.MAX_UNIT_PENCE));
        return new Recorded(LocalDate.now(clock), trend, mainstream, special, inmss, placements[0], bands.size(),
                assumptions);
    }

    private static RecordedYear recordedYear(PlanYear y) {
        return new RecordedYear(new FinancialYear(y.startYear()), y.atStart(), y.issued(), y.ceased(), y.atEnd());
    }

    private static BigDecimal clamp(BigDecimal value, BigDecimal min, BigDecimal max) {
        return value.max(min).min(max);
    }

    /** Every stored scenario, by name. */
    @Transactional(readOnly = true)
    public List<Scenario> scenarios(Viewer viewer) {
        requireCommissioner(viewer);
        return jdbc.sql("select " + COLUMNS + " from forecast_scenario order by lower(name), id")
                .query((rs, n) -> scenario(rs)).list();
    }

    /** One stored scenario; an unknown id is not found. */
    @Transactional(readOnly = true)
    public Scenario scenario(Viewer viewer, long id) {
        requireCommissioner(viewer);
        return jdbc.sql("select " + COLUMNS + " from forecast_scenario where id = :id").param("id", id)
                .query((rs, n) -> scenario(rs)).optional()
                .orElseThrow(() -> new NoSuchElementException("No such scenario"));
    }

    /** Creates a scenario (a copy is one created from another's assumptions); audited. Answers its id. */
    @Transactional
    public long create(Viewer viewer, ScenarioDetails details, String copiedFrom) {
        requireCommissioner(viewer);
        String name = name(details);
        Assumptions a = details.assumptions();
        long id;
        try {
            id = jdbc.sql("""
                            insert into forecast_scenario (name, new_plan_growth_percent, cease_rate_percent,
                                   cost_inflation_percent, mainstream_share, special_share, inmss_share,
                                   mainstream_unit_pence, special_unit_pence, inmss_unit_pence, created_by_id,
                                   updated_by_id, updated_by)
                            values (:name, :growth, :cease, :inflation, :mainstream, :special, :inmss, :mainstreamUnit,
                                   :specialUnit, :inmssUnit, :actorId, :actorId, :actor)
                            returning id""")
                    .params(params(name, a)).param("actorId", viewer.userId()).param("actor", viewer.email())
                    .query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw new ScenarioRefusal("forecast.refusal.nameTaken");
        }
        audit.record(viewer, AuditAction.FORECAST_SCENARIO_SAVED, "forecast_scenario", id,
                cap((copiedFrom == null ? "created " : "copied from " + copiedFrom + " as ") + describe(name, a)));
        return id;
    }

    /** Changes a scenario at the version the page showed; audited with what it now holds. */
    @Transactional
    public void change(Viewer viewer, long id, int version, ScenarioDetails details) {
        Scenario before = scenario(viewer, id);
        String name = name(details);
        Assumptions a = details.assumptions();
        int updated;
        try {
            updated = jdbc.sql("""
                            update forecast_scenario set name = :name, new_plan_growth_percent = :growth,
                                   cease_rate_percent = :cease, cost_inflation_percent = :inflation,
                                   mainstream_share = :mainstream, special_share = :special, inmss_share = :inmss,
                                   mainstream_unit_pence = :mainstreamUnit, special_unit_pence = :specialUnit,
                                   inmss_unit_pence = :inmssUnit, updated_by_id = :actorId, updated_by = :actor,
                                   updated_at = now(), version = version + 1
                            where id = :id and version = :version""")
                    .params(params(name, a)).param("actorId", viewer.userId()).param("actor", viewer.email())
                    .param("id", id).param("version", version).update();
        } catch (DuplicateKeyException taken) {
            throw new ScenarioRefusal("forecast.refusal.nameTaken");
        }
        if (updated == 0) {
            throw new OptimisticLockingFailureException("The scenario was changed since the page was opened");
        }
        audit.record(viewer, AuditAction.FORECAST_SCENARIO_SAVED, "forecast_scenario", id,
                cap("changed from " + describe(before.name(), before.assumptions()) + " to " + describe(name, a)));
    }

    private static String name(ScenarioDetails details) {
        String name = details.name() == null ? "" : details.name().strip();
        if (name.isEmpty()) {
            throw new ScenarioRefusal("forecast.refusal.nameRequired");
        }
        if (name.length() > NAME_MAX) {
            throw new ScenarioRefusal("forecast.refusal.nameTooLong");
        }
        return name;
    }

    private static Map<String, Object> params(String name, Assumptions a) {
        return Map.ofEntries(Map.entry("name", name), Map.entry("growth", a.newPlanGrowthPercent()),
                Map.entry("cease", a.ceaseRatePercent()), Map.entry("inflation", a.costInflationPercent()),
                Map.entry("mainstream", a.mainstreamShare()), Map.entry("special", a.specialShare()),
                Map.entry("inmss", a.inmssShare()), Map.entry("mainstreamUnit", a.mainstreamUnitPence()),
                Map.entry("specialUnit", a.specialUnitPence()), Map.entry("inmssUnit", a.inmssUnitPence()));
    }

    /** At most the 500 characters the audit trail keeps of a detail, never half a character. */
    private static String cap(String detail) {
        return detail.codePointCount(0, detail.length()) <= AUDIT_DETAIL_MAX ? detail
                : detail.substring(0, detail.offsetByCodePoints(0, AUDIT_DETAIL_MAX - 1)) + "…";
    }

    private static String describe(String name, Assumptions a) {
        return "\"" + name + "\": growth " + a.newPlanGrowthPercent() + "%, cease " + a.ceaseRatePercent()
                + "%, inflation " + a.costInflationPercent() + "%, shares " + a.mainstreamShare() + "/"
                + a.specialShare() + "/" + a.inmssShare() + ", unit pence " + a.mainstreamUnitPence() + "/"
                + a.specialUnitPence() + "/" + a.inmssUnitPence();
    }

    private static Scenario scenario(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Scenario(rs.getLong("id"), rs.getString("name"),
                new Assumptions(rs.getBigDecimal("new_plan_growth_percent"), rs.getBigDecimal("cease_rate_percent"),
                        rs.getBigDecimal("cost_inflation_percent"), rs.getInt("mainstream_share"),
                        rs.getInt("special_share"), rs.getInt("inmss_share"), rs.getLong("mainstream_unit_pence"),
                        rs.getLong("special_unit_pence"), rs.getLong("inmss_unit_pence")),
                rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }

    private static void requireCommissioner(Viewer viewer) {
        if (viewer.role() != Role.COMMISSIONER) {
            throw new NotInScopeException("forecast_scenario");
        }
    }
}
