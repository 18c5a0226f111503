package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import uk.send.commissioning.forecast.Assumptions;
import uk.send.commissioning.forecast.Baseline;
import uk.send.commissioning.forecast.DemandForecasts;
import uk.send.commissioning.forecast.Recorded;
import uk.send.commissioning.forecast.RecordedTrend;
import uk.send.commissioning.forecast.RecordedYear;
import uk.send.commissioning.forecast.Scenario;
import uk.send.commissioning.placement.CriterionAnswer;
import uk.send.commissioning.placement.InmssPlacements;
import uk.send.commissioning.placement.JointFunding;
import uk.send.commissioning.placement.NewPlacement;
import uk.send.commissioning.placement.PlacementDecision;
import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.access.Viewer;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Money;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.topup.BandView;
import uk.send.funding.topup.FinancialYear;
import uk.send.funding.topup.FundingSettings;
import uk.send.web.security.SignedIn;

/**
 * The demand forecast against plans counted by hand, in a footprint of their own; b is the last complete financial
 * year (the base), its days 1 April b to 31 March b+1.
 *
 * <pre>
 * plan  first final (setting)        later                         counts in
 * A     1 June b−2 (mainstream)      —                             new b−2; in force from then on
 * B     10 May b−1 (mainstream)      ceased 15 January b+1         new b−1; ceased b
 * C     1 April b (mainstream)       amended 1 Sept b (special)    new b; in force at b's end, in a special school
 * D     31 March b+1 (INMSS)         —                             new b; in force at b's end
 * E     1 October b (mainstream)     ceased the same day           new b and ceased b; never in force
 * F     1 July b (mainstream)        ceased 1 June b, before it    nowhere
 * G     a draft only                 —                             nowhere
 * H     1 April b+1 (mainstream)     —                             after the base: nowhere
 *
 * year  at start  new  ceased  at end
 * b−2   0         1    0       1
 * b−1   1         1    0       2
 * b     2         3    2       3      (A mainstream, C special, D INMSS)
 * growth (1 + 3 − (1 + 1)) / (1 + 1) = 100.0%; cease rate 2 / (0 + 1 + 2) = 66.7%; shares 33 / 33 / 34
 * INMSS: approved placements in force on 31 March b+1, £50,000 at 60% and £40,000 at 100%: (30,000 + 40,000) / 2
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandForecastPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemandForecasts forecasts;
    @Autowired
    InmssPlacements placements;
    @Autowired
    ReferenceData reference;
    @Autowired
    FundingSettings funding;

    AccountView account;
    Viewer commissioner;
    FootprintView here;
    SettingView mainstream;
    SettingView special;
    SettingView inmss;
    int b;

    @BeforeAll
    void plansCountedByHand() {
        account = fixtures.account(Role.COMMISSIONER, null, Set.of());
        commissioner = accounts.viewer(account.id()).orElseThrow();
        here = fixtures.footprint();
        b = forecasts.baseYear().startYear();
        mainstream = fixtures.school(here);
        special = setting("Forecast special school", SettingType.SPECIAL_MAINTAINED, 700000);
        inmss = setting("Forecast independent school", SettingType.INMSS, 600000);
        plan(null, version("FINAL", (b - 2) + "-06-01", mainstream));
        plan((b + 1) + "-01-15", version("FINAL", (b - 1) + "-05-10", mainstream));
        plan(null, version("FINAL", b + "-04-01", mainstream), version("AMENDED", b + "-09-01", special));
        plan(null, version("FINAL", (b + 1) + "-03-31", inmss));
        plan(b + "-10-01", version("FINAL", b + "-10-01", mainstream));
        plan(b + "-06-01", version("FINAL", b + "-07-01", mainstream));
        plan(null, version("DRAFT", b + "-05-01", null));
        plan(null, version("FINAL", (b + 1) + "-04-01", mainstream));
        // elsewhere, so that the area as a whole has enough plans in force to publish a projection
        FootprintView elsewhere = fixtures.footprint();
        SettingView school = fixtures.school(elsewhere);
        for (int i = 0; i < 5; i++) {
            long child = fixtures.child(elsewhere, school, null);
            insertPlan(child, null, version("FINAL", (b - 1) + "-05-01", school));
        }
        LocalDate end = new FinancialYear(b).lastDay();
        placement(end.minusDays(100), "50000", 60);
        placement(end.minusDays(200), "40000", 100);
    }

    private SettingView setting(String name, SettingType type, int urnBase) {
        return reference.createSetting(new SettingDetails(String.valueOf(urnBase + Fixtures.next()), name, type,
                Phase.ALL_THROUGH, here.id(), null, true), Fixtures.SYSTEM);
    }

    private void plan(String ceased, Object[]... versions) {
        insertPlan(fixtures.child(here, mainstream, null), ceased, versions);
    }

    private void insertPlan(long child, String ceased, Object[]... versions) {
        long plan = jdbc.sql("""
                        insert into ehc_plan (child_id, ceased_on, cease_reason)
                        values (:child, cast(:ceased as date),
                                case when cast(:ceased as date) is null then null else 'OTHER' end) returning id""")
                .param("child", child).param("ceased", ceased).query(Long.class).single();
        int number = 1;
        for (Object[] v : versions) {
            jdbc.sql("""
                            insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                            values (:plan, :number, :kind, cast(:issued as date), 'tests', :setting)""")
                    .param("plan", plan).param("number", number++).param("kind", v[0]).param("issued", v[1])
                    .param("setting", v[2] == null ? null : ((SettingView) v[2]).id()).update();
        }
    }

    private static Object[] version(String kind, String issued, SettingView setting) {
        return new Object[] {kind, issued, setting};
    }

    private void placement(LocalDate start, String annual, int educationShare) {
        LocalDate end = start.plusYears(3);
        long id = placements.record(commissioner, new NewPlacement(inmss.id(), here.id(), NeedCode.ASD, start, end,
                Money.ofPounds(annual), new JointFunding(educationShare, 100 - educationShare, 0), 36, "Outcomes",
                end.minusMonths(1), "Local college", IntStream.rangeClosed(1, placements.criteria().size())
                        .mapToObj(n -> new CriterionAnswer(n, true, "Evidence")).toList()));
        placements.decide(commissioner, id, placements.view(id).version(),
                new PlacementDecision(true, LocalDate.now(java.time.ZoneId.of("Europe/London")), null));
    }

    @Test
    void the_recorded_years_come_from_the_plans_in_sql_each_counted_as_worked_by_hand() {
        Recorded recorded = forecasts.recorded(commissioner, here.id());
        RecordedTrend trend = recorded.trend();
        assertThat(trend.years()).containsExactly(
                new RecordedYear(new FinancialYear(b - 2), 0, 1, 0, 1),
                new RecordedYear(new FinancialYear(b - 1), 1, 1, 0, 2),
                new RecordedYear(new FinancialYear(b), 2, 3, 2, 3));
        assertThat(trend.baseline()).isEqualTo(new Baseline(new FinancialYear(b), 3, 3));
        assertThat(trend.newPlanGrowthPercent()).isEqualTo(new BigDecimal("100.0"));
        assertThat(trend.ceaseRatePercent()).isEqualTo(new BigDecimal("66.7"));
        assertThat(List.of(recorded.mainstream(), recorded.special(), recorded.inmss())).containsExactly(1L, 1L, 1L);
        Assumptions a = recorded.assumptions();
        assertThat(List.of(a.mainstreamShare(), a.specialShare(), a.inmssShare())).containsExactly(33, 33, 34);
        assertThat(recorded.inmssPlacements()).isEqualTo(2);
        assertThat(a.inmssUnitPence()).isEqualTo(3_500_000);
        assertThat(a.specialUnitPence()).isEqualTo(1_000_000);
        List<BandView> bands = funding.bands(commissioner).stream().filter(BandView::active).toList();
        assertThat(a.mainstreamUnitPence()).isEqualTo(RecordedTrend.averagePence(
                bands.stream().mapToLong(BandView::annualValuePence).sum(), bands.size()));
        assertThat(a.costInflationPercent()).isEqualTo(new BigDecimal("0.0"));
    }

    @Test
    void the_page_states_its_method_shows_the_recorded_trend_and_draws_each_chart_with_its_table() throws Exception {
        String html = mvc.perform(get("/commissioner/forecast").with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Demand forecast: EHC plans and their cost").contains("How the forecast is worked out")
                .contains("Recorded trend").contains("rounded to whole plans half up")
                .contains("id=\"cost-chart-table\"").contains("id=\"plans-chart-table\"")
                .contains("data-module=\"app-chart\"").contains("href=\"/commissioner/high-needs\"")
                .contains("Projection: Recorded trend").contains(new FinancialYear(b + 3).label());
        mvc.perform(get("/commissioner").with(SignedIn.as(account))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("href=\"/commissioner/forecast\""));
        mvc.perform(get("/commissioner/high-needs").with(SignedIn.as(account))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("href=\"/commissioner/forecast\""));
    }

    private MockHttpServletRequestBuilder scenario(String url, String name, String growth, String mainstreamShare) {
        return scenario(url, name, growth, mainstreamShare, account);
    }

    private MockHttpServletRequestBuilder scenario(String url, String name, String growth, String mainstreamShare,
                                                   AccountView as) {
        return post(url).param("name", name).param("growth", growth).param("ceaseRate", "8")
                .param("inflation", "3.0").param("mainstreamShare", mainstreamShare).param("specialShare", "30")
                .param("inmssShare", "10").param("mainstreamCost", "8,000").param("specialCost", "£25,000")
                .param("inmssCost", "50000").with(csrf()).with(SignedIn.as(as));
    }

    @Test
    void a_scenario_is_created_changed_and_copied_from_the_form_each_save_audited() throws Exception {
        String name = "Reform " + Fixtures.next();
        String location = mvc.perform(scenario("/commissioner/forecast/scenarios/new", name, "10", "60"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        Scenario saved = forecasts.scenarios(commissioner).stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow();
        assertThat(location).isEqualTo("/commissioner/forecast?s=recorded&s=" + saved.id());
        assertThat(saved.assumptions()).isEqualTo(new Assumptions(new BigDecimal("10.0"), new BigDecimal("8.0"),
                new BigDecimal("3.0"), 60, 30, 10, 800_000, 2_500_000, 5_000_000));

        String html = mvc.perform(get("/commissioner/forecast").param("s", "recorded").param("s", String.valueOf(saved.id()))
                        .with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Projection: " + name).contains("10.0%").contains("60 / 30 / 10");

        mvc.perform(scenario("/commissioner/forecast/scenarios/" + saved.id(), name + " changed", "-2.5", "60")
                        .param("version", String.valueOf(saved.version())))
                .andExpect(status().is3xxRedirection());
        Scenario changed = forecasts.scenario(commissioner, saved.id());
        assertThat(changed.name()).isEqualTo(name + " changed");
        assertThat(changed.assumptions().newPlanGrowthPercent()).isEqualTo(new BigDecimal("-2.5"));
        assertThat(changed.version()).isEqualTo(saved.version() + 1);

        String copyForm = mvc.perform(get("/commissioner/forecast/scenarios/new").param("from", String.valueOf(saved.id()))
                        .with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(copyForm).contains("value=\"Copy of " + name + " changed\"").contains("value=\"-2.5\"");
        mvc.perform(scenario("/commissioner/forecast/scenarios/new?from=" + saved.id(), "Copied " + name, "1", "60"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("""
                        select detail from audit_event where action = 'FORECAST_SCENARIO_SAVED' and actor_id = :id
                        order by id""").param("id", account.id()).query(String.class).list())
                .anySatisfy(d -> assertThat(d).startsWith("created \"" + name + "\": growth 10.0%"))
                .anySatisfy(d -> assertThat(d).startsWith("changed from \"" + name + "\"").contains("growth -2.5%"))
                .anySatisfy(d -> assertThat(d).startsWith("copied from " + name + " changed as \"Copied " + name + "\""));
    }

    @Test
    void a_scenario_with_errors_comes_back_with_the_error_summary_and_everything_typed_kept() throws Exception {
        String html = mvc.perform(scenario("/commissioner/forecast/scenarios/new", "Kept name", "12.34", "61"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary").contains("href=\"#growth\"").contains("href=\"#mainstreamShare\"")
                .contains("The shares must add up to 100%: they add up to 101%")
                .contains("value=\"Kept name\"").contains("value=\"12.34\"").contains("value=\"61\"")
                .contains("value=\"&pound;25,000\"");
        String taken = "Taken " + Fixtures.next();
        mvc.perform(scenario("/commissioner/forecast/scenarios/new", taken, "1", "60")).andExpect(status().is3xxRedirection());
        String again = mvc.perform(scenario("/commissioner/forecast/scenarios/new", " " + taken.toUpperCase() + " ", "1", "60"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("A scenario with this name already exists");
    }

    @Test
    void the_csv_has_the_screens_labels_a_line_a_scenario_and_year_and_is_audited() throws Exception {
        long before = exports();
        String csv = mvc.perform(get("/commissioner/forecast.csv").param("s", "recorded").with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("Scenario,Financial year,Plans in force at the start,New plans,Plans ceased,"
                + "Plans in force at the end,Mainstream and other settings,Special schools and resource bases,INMSS,"
                + "Cost in mainstream and other settings (£),Cost in special schools and resource bases (£),"
                + "Cost in INMSS (£),Cost (£)");
        assertThat(lines[1]).startsWith("Recorded trend," + new FinancialYear(b + 1).label() + ",");
        assertThat(lines[3]).startsWith("Recorded trend," + new FinancialYear(b + 3).label() + ",");
        assertThat(lines[4]).startsWith("Scenario,Growth of new plans (%),Cease rate (%)");
        assertThat(exports()).isEqualTo(before + 1);
    }

    private long exports() {
        return jdbc.sql("select count(*) from audit_event where action = 'DOWNLOADED' and actor_id = :id")
                .param("id", account.id()).query(Long.class).single();
    }

    @Test
    void an_unknown_scenario_is_not_found() throws Exception {
        mvc.perform(get("/commissioner/forecast/scenarios/999999999").with(SignedIn.as(account))).andExpect(status().isNotFound());
        mvc.perform(get("/commissioner/forecast").param("s", "999999999").with(SignedIn.as(account))).andExpect(status().isNotFound());
        mvc.perform(get("/commissioner/forecast").param("s", "bogus").with(SignedIn.as(account))).andExpect(status().isNotFound());
        mvc.perform(get("/commissioner/forecast/scenarios/new").param("from", "999999999").with(SignedIn.as(account)))
                .andExpect(status().isNotFound());
    }

    @Test
    void only_a_commissioner_reaches_the_forecast_others_are_refused_and_the_anonymous_sent_to_sign_in_first() throws Exception {
        var others = SignedIn.oneAccountPerRole(fixtures);
        for (Role role : Role.values()) {
            if (role == Role.COMMISSIONER) {
                continue;
            }
            for (String page : new String[] {"/commissioner/forecast", "/commissioner/forecast.csv",
                    "/commissioner/forecast/scenarios/new", "/commissioner/sen2.xml"}) {
                mvc.perform(get(page).with(SignedIn.as(others.get(role)))).andExpect(status().isForbidden());
            }
            mvc.perform(scenario("/commissioner/forecast/scenarios/new", "Refused", "1", "60", others.get(role)))
                    .andExpect(status().isForbidden());
        }
        for (String page : new String[] {"/commissioner/forecast", "/commissioner/forecast.csv", "/commissioner/sen2.xml"}) {
            mvc.perform(get(page)).andExpect(status().is3xxRedirection())
                    .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login"));
        }
    }
}
