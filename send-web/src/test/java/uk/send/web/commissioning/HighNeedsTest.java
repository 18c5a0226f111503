package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
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

import uk.send.commissioning.highneeds.HighNeeds;
import uk.send.commissioning.highneeds.HighNeedsCategory;
import uk.send.commissioning.highneeds.HighNeedsPosition;
import uk.send.commissioning.placement.CriterionAnswer;
import uk.send.commissioning.placement.InmssPlacements;
import uk.send.commissioning.placement.JointFunding;
import uk.send.commissioning.placement.NewPlacement;
import uk.send.commissioning.placement.PlacementDecision;
import uk.send.commissioning.resourcebase.ResourceBases;
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
import uk.send.funding.topup.FinancialYear;
import uk.send.web.security.SignedIn;

/**
 * The high-needs budget against records counted by hand, in a footprint of its own, for the financial year of today
 * (2026–27: 365 days).
 *
 * <pre>
 * A  approved  £73,000 a year, education 100%, the whole year            £73,000.00
 * B  approved  £36,500 a year, education 60% (£21,900), its last 182 days £21,900 × 182 / 365 = £10,920.00
 * C  proposed  £73,000 a year, education 100%, its last 90 days          £73,000 × 90 / 365 = £18,000.00 (forecast only)
 * resource base: 3 ASD + 2 SLCN places × £10,000                          £50,000.00
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HighNeedsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    ReferenceData reference;
    @Autowired
    InmssPlacements placements;
    @Autowired
    ResourceBases bases;
    @Autowired
    HighNeeds highNeeds;
    @Autowired
    JdbcClient jdbc;

    final LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
    final FinancialYear year = FinancialYear.of(today);
    AccountView account;
    Viewer commissioner;
    FootprintView footprint;
    HighNeedsPosition before;

    @BeforeAll
    void placementsAndPlaces() {
        account = fixtures.account(Role.COMMISSIONER, null, Set.of());
        commissioner = accounts.viewer(account.id()).orElseThrow();
        footprint = fixtures.footprint();
        before = highNeeds.position(commissioner, year);
        SettingView inmss = reference.createSetting(new SettingDetails(String.valueOf(600000 + Fixtures.next()),
                "Budget independent school", SettingType.INMSS, Phase.ALL_THROUGH, footprint.id(), null, true), Fixtures.SYSTEM);
        long a = placement(inmss, year.firstDay(), "73000", 100);
        long b = placement(inmss, year.lastDay().minusDays(181), "36500", 60);
        placement(inmss, year.lastDay().minusDays(89), "73000", 100);
        for (long id : List.of(a, b)) {
            placements.decide(commissioner, id, placements.view(id).version(), new PlacementDecision(true, today, null));
        }
        SettingView host = fixtures.school(footprint);
        SettingView base = reference.createSetting(new SettingDetails(String.valueOf(800000 + Fixtures.next()),
                "Budget base", SettingType.RESOURCE_BASE, Phase.PRIMARY, footprint.id(), host.id(), true), Fixtures.SYSTEM);
        bases.setPlaces(commissioner, base.id(), NeedCode.ASD, 3);
        bases.setPlaces(commissioner, base.id(), NeedCode.SLCN, 2);
    }

    private long placement(SettingView setting, LocalDate start, String annual, int educationShare) {
        LocalDate end = year.lastDay().plusYears(2);
        return placements.record(commissioner, new NewPlacement(setting.id(), footprint.id(), NeedCode.ASD, start, end,
                Money.ofPounds(annual), new JointFunding(educationShare, 100 - educationShare, 0), 36, "Outcomes",
                end.minusMonths(1), "Local college", IntStream.rangeClosed(1, placements.criteria().size())
                        .mapToObj(n -> new CriterionAnswer(n, true, "Evidence")).toList()));
    }

    private HighNeedsPosition.FootprintLine mine(HighNeedsPosition position) {
        return position.byFootprint().stream().filter(f -> f.footprintId() == footprint.id()).findFirst().orElseThrow();
    }

    private static HighNeedsPosition.Line line(HighNeedsPosition position, HighNeedsCategory category) {
        return position.lines().stream().filter(l -> l.category() == category).findFirst().orElseThrow();
    }

    @Test
    void inmss_placements_count_their_education_share_pro_rata_and_proposed_ones_only_in_the_forecast() {
        HighNeedsPosition now = highNeeds.position(commissioner, year);
        long b = Math.round(2_190_000.0 * 182 / year.days());
        long c = Math.round(7_300_000.0 * 90 / year.days());
        assertThat(mine(now).inmss()).isEqualTo(Money.ofPence(7_300_000 + b));
        assertThat(mine(now).resourceBases()).isEqualTo(Money.ofPounds("50000"));
        assertThat(mine(now).topUps()).isEqualTo(Money.ZERO);
        assertThat(mine(now).total()).isEqualTo(Money.ofPence(7_300_000 + b + 5_000_000));
        HighNeedsPosition.Line inmss = line(now, HighNeedsCategory.INMSS);
        HighNeedsPosition.Line inmssBefore = line(before, HighNeedsCategory.INMSS);
        assertThat(inmss.committed().minus(inmssBefore.committed())).isEqualTo(Money.ofPence(7_300_000 + b));
        assertThat(inmss.forecast().minus(inmssBefore.forecast())).isEqualTo(Money.ofPence(7_300_000 + b + c));
        assertThat(line(now, HighNeedsCategory.RESOURCE_BASES).committed()
                .minus(line(before, HighNeedsCategory.RESOURCE_BASES).committed())).isEqualTo(Money.ofPounds("50000"));
        if (year.days() == 365) {
            assertThat(b).isEqualTo(1_092_000);
            assertThat(c).isEqualTo(1_800_000);
        }
    }

    @Test
    void a_category_without_records_is_forecast_at_its_budget_and_the_variance_is_budget_less_forecast() {
        highNeeds.setBudget(commissioner, year, HighNeedsCategory.SPECIAL_SCHOOLS, 123_456_789);
        HighNeedsPosition now = highNeeds.position(commissioner, year);
        HighNeedsPosition.Line special = line(now, HighNeedsCategory.SPECIAL_SCHOOLS);
        assertThat(special.budget()).isEqualTo(Money.ofPence(123_456_789));
        assertThat(special.committed()).isNull();
        assertThat(special.forecast()).isEqualTo(Money.ofPence(123_456_789));
        assertThat(special.variance()).isEqualTo(Money.ZERO);
        HighNeedsPosition.Line inmss = line(now, HighNeedsCategory.INMSS);
        assertThat(inmss.variance()).isEqualTo((inmss.budget() == null ? Money.ZERO : inmss.budget()).minus(inmss.forecast()));
        assertThat(now.total().forecast()).isEqualTo(Money.sum(now.lines().stream().map(HighNeedsPosition.Line::forecast).toList()));
    }

    @Test
    void the_cumulative_deficit_adds_each_years_forecast_less_budget_from_the_first_year_with_a_line() {
        FinancialYear last = new FinancialYear(year.startYear() - 1);
        highNeeds.setBudget(commissioner, last, HighNeedsCategory.POST_16, 10_000);
        HighNeedsPosition lastYear = highNeeds.position(commissioner, last);
        HighNeedsPosition thisYear = highNeeds.position(commissioner, year);
        assertThat(thisYear.firstYear().compareTo(last)).isLessThanOrEqualTo(0);
        assertThat(thisYear.cumulativeDeficit()).isEqualTo(lastYear.cumulativeDeficit()
                .plus(thisYear.total().forecast()).minus(thisYear.total().budget()));
    }

    @Test
    void the_page_and_csv_show_the_footprints_committed_spend_and_the_form_sets_a_line_audited() throws Exception {
        String html = mvc.perform(get("/commissioner/high-needs").with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("High-needs budget " + year.label()).contains(footprint.name()).contains("£50,000.00")
                .contains("How the figures are worked out");
        // The chart: a canvas hidden from assistive technology, its figures in data-* attributes and in a table, the
        // scripts carrying the page's nonce (no inline script), and Chart.js served from its WebJar.
        assertThat(html).contains("data-module=\"app-chart\"").contains("aria-hidden=\"true\"")
                .contains("data-chart-series=").contains("id=\"budget-chart-table\"")
                .containsPattern("<script src=\"/webjars/chart.js/[^\"]*chart.umd.min.js\"[^>]* nonce=\"[^\"]+\"")
                .containsPattern("<script src=\"/js/charts.js\"[^>]* nonce=\"[^\"]+\"");
        mvc.perform(get("/webjars/chart.js/dist/chart.umd.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/charts.js")).andExpect(status().isOk());
        String csv = mvc.perform(get("/commissioner/high-needs.csv").param("year", String.valueOf(year.startYear()))
                        .with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv.split("\r\n")[0]).isEqualTo("Table,Category,Budget,Committed,Forecast,Variance");
        assertThat(csv).contains("Spend committed by footprint," + footprint.name() + ",0.00,50000.00,");
        mvc.perform(post("/commissioner/high-needs").param("year", String.valueOf(year.startYear()))
                        .param("category", "ALTERNATIVE_PROVISION").param("amount", "£1,250,000.50")
                        .with(csrf()).with(SignedIn.as(account)))
                .andExpect(status().is3xxRedirection());
        assertThat(line(highNeeds.position(commissioner, year), HighNeedsCategory.ALTERNATIVE_PROVISION).budget())
                .isEqualTo(Money.ofPence(125_000_050));
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'HIGH_NEEDS_BUDGET_SET' and actor_id = :id")
                .param("id", account.id()).query(Long.class).single()).isPositive();
    }

    @Test
    void a_wrong_amount_comes_back_with_the_error_kept_and_an_unknown_year_is_not_found() throws Exception {
        String html = mvc.perform(post("/commissioner/high-needs").param("year", String.valueOf(year.startYear()))
                        .param("category", "POST_16").param("amount", "lots").with(csrf()).with(SignedIn.as(account)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("govuk-error-summary").contains("Enter the budget in pounds").contains("value=\"lots\"");
        mvc.perform(post("/commissioner/high-needs").param("year", String.valueOf(year.startYear()))
                        .param("amount", "100").with(csrf()).with(SignedIn.as(account)))
                .andExpect(status().isOk());
        mvc.perform(get("/commissioner/high-needs").param("year", "1999").with(SignedIn.as(account)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/commissioner/high-needs").param("year", "soon").with(SignedIn.as(account)))
                .andExpect(status().is4xxClientError());
    }

    @Test
    void no_other_role_reaches_the_high_needs_budget() throws Exception {
        var others = SignedIn.oneAccountPerRole(fixtures);
        for (Role role : Role.values()) {
            if (role == Role.COMMISSIONER) {
                continue;
            }
            AccountView other = others.get(role);
            mvc.perform(get("/commissioner/high-needs").with(SignedIn.as(other))).andExpect(status().isForbidden());
            mvc.perform(get("/commissioner/high-needs.csv").with(SignedIn.as(other))).andExpect(status().isForbidden());
        }
    }
}
