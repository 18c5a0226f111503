package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.disclosure.Figure;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.Phase;
import uk.send.domain.reference.ReferenceData;
import uk.send.domain.reference.SettingDetails;
import uk.send.domain.reference.SettingType;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.pathway.statistics.ActivePlans;
import uk.send.pathway.statistics.AssessmentFigures;
import uk.send.pathway.statistics.Breakdown;
import uk.send.pathway.statistics.Breakdown.Dimension;
import uk.send.pathway.statistics.Breakdown.Measure;
import uk.send.pathway.statistics.PathwayStatistics;
import uk.send.pathway.statistics.StatisticsFilter;
import uk.send.web.security.SignedIn;

/**
 * Requests, assessments, new plans and active plans by phase, need and setting type, and "% educated in the area",
 * against a fixture counted by hand for calendar year 2026 in a footprint of its own. The phase is the child's year
 * group on the day of the step (31 August ends a school year: a child born 31 August 2015 is in Year 6 on
 * 31 August 2026 and in Year 7 the next day); active plans are counted on 31 December 2026.
 *
 * <pre>
 * child  born        need  setting now  step(s) in 2026                                   counted as
 * A      2015-08-31  ASD   school       request 2026-08-31                                 request: primary (Year 6), ASD, mainstream
 * B      2023-01-10  SLCN  none         request 2026-05-01, assess 2026-06-01              request and assessment: early years, SLCN, none
 * C      2009-10-01  SEMH  school       (request 2025-11-01) assess 2026-01-05,            assessment: secondary (Year 11), SEMH, mainstream;
 *                                       final 2026-03-20 naming the special school         new plan: secondary, SEMH, special; active: post-16 (Year 12)
 * D      2019-09-01  ASD   school       plan since 2022 naming the INMSS (out of the area) active: primary (Year 2), ASD, INMSS
 * E      2019-09-01  MLD   school       plan ceased 2026-06-30                             nothing
 * F      2015-08-31  MLD   school       plan since 2023 naming the school                  active: secondary (Year 7), MLD, mainstream
 * H      2019-09-01  -     none         plan since 2025 naming the school                  active: primary, need not recorded, mainstream
 * X      in another footprint: a request 2026-02-01                                        never counted here
 * </pre>
 * Active plans 4, each naming a setting (a final plan always does), of which in the area 3 (C's special school, F's
 * and H's school): 75.0%.
 */
@SpringBootTest
@AutoConfigureMockMvc
class KpiBreakdownTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ReferenceData reference;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PathwayStatistics statistics;
    @Autowired
    MockMvc mvc;

    FootprintView here;
    SettingView school;
    SettingView special;
    SettingView inmss;

    @BeforeEach
    void aYear() {
        here = fixtures.footprint();
        FootprintView elsewhere = fixtures.footprint();
        school = fixtures.school(here);
        special = reference.createSetting(new SettingDetails(String.valueOf(400000 + Fixtures.next()), "Special school",
                SettingType.SPECIAL_MAINTAINED, Phase.ALL_THROUGH, here.id(), null, true, true), Fixtures.SYSTEM);
        inmss = reference.createSetting(new SettingDetails(String.valueOf(400000 + Fixtures.next()), "Independent school",
                SettingType.INMSS, Phase.ALL_THROUGH, here.id(), null, true, false), Fixtures.SYSTEM);

        long a = child(here, "2015-08-31", "ASD", school);
        request(a, "2026-08-31");
        long b = child(here, "2023-01-10", "SLCN", null);
        long bCase = request(b, "2026-05-01");
        jdbc.sql("update needs_assessment set stage = 'ASSESSING', decided_to_assess_on = date '2026-06-01' where id = :id")
                .param("id", bCase).update();
        long c = child(here, "2009-10-01", "SEMH", school);
        long cCase = request(c, "2025-11-01");
        jdbc.sql("""
                        update needs_assessment set stage = 'FINAL', decided_to_assess_on = date '2026-01-05',
                               decided_to_issue_on = date '2026-02-20', draft_issued_on = date '2026-02-20',
                               final_issued_on = date '2026-03-20', named_setting_id = :setting where id = :id""")
                .param("setting", special.id()).param("id", cCase).update();
        plan(c, null, "2026-03-20", special);
        plan(child(here, "2019-09-01", "ASD", school), null, "2022-05-01", inmss);
        plan(child(here, "2019-09-01", "MLD", school), "2026-06-30", "2024-01-01", school);
        plan(child(here, "2015-08-31", "MLD", school), null, "2023-01-01", school);
        plan(child(here, "2019-09-01", null, null), null, "2025-01-01", school);
        request(child(elsewhere, "2015-08-31", "ASD", null), "2026-02-01");
    }

    private long child(FootprintView home, String born, String need, SettingView setting) {
        return jdbc.sql("""
                        insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need, setting_id)
                        values ('Test', 'Child', cast(:born as date), :home, :need, :setting) returning id""")
                .param("born", born).param("home", home.id()).param("need", need)
                .param("setting", setting == null ? null : setting.id(), java.sql.Types.BIGINT)
                .query(Long.class).single();
    }

    private long request(long child, String received) {
        return jdbc.sql("""
                        insert into needs_assessment (child_id, stage, requested_by, request_received, reasons)
                        values (:child, 'REQUESTED', 'PARENT', cast(:received as date), 'Reasons') returning id""")
                .param("child", child).param("received", received).query(Long.class).single();
    }

    private void plan(long child, String ceased, String issued, SettingView setting) {
        long plan = jdbc.sql("""
                        insert into ehc_plan (child_id, ceased_on, cease_reason)
                        values (:child, cast(:ceased as date), case when cast(:ceased as date) is null then null else 'OTHER' end)
                        returning id""")
                .param("child", child).param("ceased", ceased).query(Long.class).single();
        jdbc.sql("""
                        insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                        values (:plan, 1, 'FINAL', cast(:issued as date), 'tests', :setting)""")
                .param("plan", plan).param("issued", issued)
                .param("setting", setting == null ? null : setting.id(), java.sql.Types.BIGINT).update();
    }

    private StatisticsFilter year2026() {
        return new StatisticsFilter(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), here.id());
    }

    @Test
    void each_step_counts_in_the_phase_of_the_childs_year_group_on_its_own_day() {
        Breakdown breakdown = statistics.breakdown(year2026());
        assertThat(breakdown.count(Measure.REQUESTS, Dimension.PHASE, "PRIMARY")).as("A, Year 6 on 31 August").isEqualTo(1);
        assertThat(breakdown.count(Measure.REQUESTS, Dimension.PHASE, "EARLY_YEARS")).as("B").isEqualTo(1);
        assertThat(breakdown.count(Measure.ASSESSMENTS, Dimension.PHASE, "EARLY_YEARS")).as("B").isEqualTo(1);
        assertThat(breakdown.count(Measure.ASSESSMENTS, Dimension.PHASE, "SECONDARY")).as("C, Year 11").isEqualTo(1);
        assertThat(breakdown.count(Measure.NEW_PLANS, Dimension.PHASE, "SECONDARY")).as("C").isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.PHASE, "POST_16")).as("C, Year 12").isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.PHASE, "PRIMARY")).as("D and H").isEqualTo(2);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.PHASE, "SECONDARY")).as("F, Year 7").isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.PHASE, "EARLY_YEARS")).isZero();
    }

    @Test
    void need_and_setting_type_are_counted_with_none_recorded_as_a_row_of_its_own() {
        Breakdown breakdown = statistics.breakdown(year2026());
        assertThat(breakdown.count(Measure.REQUESTS, Dimension.NEED, "ASD")).isEqualTo(1);
        assertThat(breakdown.count(Measure.REQUESTS, Dimension.NEED, "SLCN")).isEqualTo(1);
        assertThat(breakdown.count(Measure.REQUESTS, Dimension.SETTING_TYPE, "MAINSTREAM_MAINTAINED")).as("A").isEqualTo(1);
        assertThat(breakdown.count(Measure.REQUESTS, Dimension.SETTING_TYPE, null)).as("B, no setting").isEqualTo(1);
        assertThat(breakdown.count(Measure.ASSESSMENTS, Dimension.SETTING_TYPE, "MAINSTREAM_MAINTAINED")).as("C now").isEqualTo(1);
        assertThat(breakdown.count(Measure.NEW_PLANS, Dimension.NEED, "SEMH")).isEqualTo(1);
        assertThat(breakdown.count(Measure.NEW_PLANS, Dimension.SETTING_TYPE, "SPECIAL_MAINTAINED"))
                .as("the setting the final plan names").isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.NEED, "SEMH")).isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.NEED, "ASD")).isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.NEED, "MLD")).as("F; E ceased").isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.NEED, null)).as("H").isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.SETTING_TYPE, "INMSS")).isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.SETTING_TYPE, "SPECIAL_MAINTAINED")).isEqualTo(1);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.SETTING_TYPE, "MAINSTREAM_MAINTAINED")).as("F and H")
                .isEqualTo(2);
        assertThat(breakdown.count(Measure.ACTIVE_PLANS, Dimension.SETTING_TYPE, null)).isZero();
    }

    @Test
    void every_way_of_counting_adds_up_to_the_totals_the_rest_of_the_page_shows() {
        Breakdown breakdown = statistics.breakdown(year2026());
        AssessmentFigures assessments = statistics.assessments(year2026());
        ActivePlans active = statistics.activePlans(LocalDate.of(2026, 12, 31), here.id());
        assertThat(breakdown.total(Measure.REQUESTS)).isEqualTo(assessments.requests()).isEqualTo(2);
        assertThat(breakdown.total(Measure.ASSESSMENTS)).isEqualTo(2);
        assertThat(breakdown.total(Measure.NEW_PLANS)).isEqualTo(assessments.newPlans()).isEqualTo(1);
        assertThat(breakdown.total(Measure.ACTIVE_PLANS)).isEqualTo(active.total()).isEqualTo(4);
        for (Measure measure : Measure.values()) {
            for (Dimension dimension : Dimension.values()) {
                assertThat(breakdown.counts().stream().filter(c -> c.measure() == measure && c.dimension() == dimension)
                        .mapToLong(Breakdown.Count::count).sum()).as("%s by %s", measure, dimension)
                        .isEqualTo(breakdown.total(measure));
            }
        }
    }

    @Test
    void educated_in_the_area_is_the_active_plans_naming_a_setting_in_the_area_of_those_naming_one() {
        ActivePlans active = statistics.activePlans(LocalDate.of(2026, 12, 31), here.id());
        assertThat(active.placed()).as("C, D, F and H").isEqualTo(4);
        assertThat(active.inArea()).as("C's special school, F's and H's school; D's INMSS is out of the area")
                .isEqualTo(3);
        assertThat(active.percentInArea()).isEqualTo(75.0);
    }

    @Test
    void the_published_tables_keep_every_count_under_5_from_being_shown_or_worked_out() {
        // 12 requests: 9 primary, 3 secondary (fewer than 5, so the 9 is withheld too); no one in early years or post-16
        Breakdown breakdown = new Breakdown(LocalDate.of(2026, 12, 31), List.of(
                new Breakdown.Count(Measure.REQUESTS, Dimension.PHASE, "PRIMARY", 9),
                new Breakdown.Count(Measure.REQUESTS, Dimension.PHASE, "SECONDARY", 3),
                new Breakdown.Count(Measure.REQUESTS, Dimension.NEED, "ASD", 12),
                new Breakdown.Count(Measure.REQUESTS, Dimension.SETTING_TYPE, null, 12)));
        BreakdownFigures.Table phase = BreakdownFigures.of(breakdown).table(Dimension.PHASE);
        assertThat(phase.rows()).extracting(BreakdownFigures.Row::key)
                .containsExactly("EARLY_YEARS", "PRIMARY", "SECONDARY", "POST_16");
        assertThat(phase.rows()).extracting(r -> r.cells().get(0)).containsExactly(Figure.shown(0),
                Figure.suppressed(Figure.Suppression.WITHHELD), Figure.suppressed(Figure.Suppression.FEWER_THAN_FIVE),
                Figure.shown(0));
        assertThat(phase.totals().get(0)).isEqualTo(Figure.shown(12));
        BreakdownFigures.Table setting = BreakdownFigures.of(breakdown).table(Dimension.SETTING_TYPE);
        assertThat(setting.rows()).extracting(BreakdownFigures.Row::labelKey).containsExactly("kpi.noSetting");
    }

    @Test
    void the_kpi_page_and_its_csv_show_each_way_of_counting_educated_in_the_area_and_the_reviews_chart() throws Exception {
        AccountView commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        String html = mvc.perform(get("/commissioner/kpis").param("footprint", String.valueOf(here.id()))
                        .param("period", "LAST_12_MONTHS").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"by-phase-table\"", "id=\"by-need-table\"", "id=\"by-setting-type-table\"",
                "id=\"area-chart-table\"", "id=\"reviews-chart-table\"", "id=\"support-chart-table\"",
                "Educated in the area", "SEN Support reviewed in the last term");
        String csv = mvc.perform(get("/commissioner/kpis.csv").param("footprint", String.valueOf(here.id()))
                        .param("period", "LAST_12_MONTHS").with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("By phase of education", "By primary need", "By type of setting",
                "Of those, naming a setting in the council's area", "SEN Support reviewed after");
    }

    @Test
    void an_administrator_marks_a_setting_out_of_the_area_and_the_form_keeps_it() throws Exception {
        AccountView admin = fixtures.account(Role.ADMIN, null, Set.of());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/settings/" + special.id())
                        .param("name", special.name()).param("type", special.type().name())
                        .param("phase", special.phase().name()).param("footprintId", String.valueOf(here.id()))
                        .param("open", "true").param("version", String.valueOf(special.version()))
                        .with(SignedIn.as(admin)).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(reference.settingView(special.id()).inArea()).as("the box unticked").isFalse();
        assertThat(statistics.activePlans(LocalDate.of(2026, 12, 31), here.id()).inArea()).as("F's and H's school")
                .isEqualTo(2);
        String page = mvc.perform(get("/admin/settings/" + special.id()).with(SignedIn.as(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("name=\"inArea\"");
    }
}
