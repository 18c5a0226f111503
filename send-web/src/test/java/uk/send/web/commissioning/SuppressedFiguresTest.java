package uk.send.web.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import uk.send.commissioning.returns.Sen2Line;
import uk.send.commissioning.returns.Sen2Returns;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.reference.FootprintView;
import uk.send.domain.reference.NeedCode;
import uk.send.domain.reference.SettingView;
import uk.send.domain.testing.Fixtures;
import uk.send.web.security.SignedIn;

/**
 * The small-number policy on the KPI page and the SEN2 counts, against a footprint of its own counted by hand:
 * 15 active plans at a mainstream school, 6 ASD, 2 MLD and 7 SEMH.
 *
 * <pre>
 *          footprint  total     MLD's 2 is fewer than 5; in the footprint's column 6 (the smallest other) is
 * ASD      withheld   withheld  withheld, and with it ASD's row total (its only other figure); the total of 15
 * MLD      < 5        < 5       and SEMH's 7 stay. All 15 name a mainstream school: 100.0%, nothing short of it.
 * SEMH     7          7
 * Total    15         15
 * </pre>
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuppressedFiguresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Sen2Returns returns;
    @Autowired
    FigureText text;
    @Autowired
    org.springframework.context.MessageSource messages;

    AccountView commissioner;
    FootprintView footprint;

    @BeforeAll
    void fifteenPlans() {
        commissioner = fixtures.account(Role.COMMISSIONER, null, Set.of());
        footprint = fixtures.footprint();
        SettingView school = fixtures.school(footprint);
        Map.of(NeedCode.ASD, 6, NeedCode.MLD, 2, NeedCode.SEMH, 7).forEach((need, plans) -> {
            for (int i = 0; i < plans; i++) {
                long child = jdbc.sql("""
                                insert into child (given_name, family_name, date_of_birth, home_footprint_id, primary_need)
                                values ('Test', 'Child', date '2014-05-01', :home, :need) returning id""")
                        .param("home", footprint.id()).param("need", need.name()).query(Long.class).single();
                long plan = jdbc.sql("insert into ehc_plan (child_id) values (:child) returning id")
                        .param("child", child).query(Long.class).single();
                jdbc.sql("""
                                insert into plan_version (plan_id, number, kind, issued_on, created_by, placement_setting_id)
                                values (:plan, 1, 'FINAL', date '2025-01-06', 'tests', :setting)""")
                        .param("plan", plan).param("setting", school.id()).update();
            }
        });
    }

    /** The text of each row of a table: its cells' text joined by "|". */
    private static String rows(String html, String tableId) {
        String table = html.substring(html.indexOf("id=\"" + tableId + "\""));
        table = table.substring(0, table.indexOf("</table>"));
        StringBuilder rows = new StringBuilder();
        Matcher row = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(table);
        while (row.find()) {
            Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(row.group(1));
            StringBuilder line = new StringBuilder();
            while (cell.find()) {
                line.append(line.isEmpty() ? "" : "|").append(cell.group(1).replaceAll("<[^>]+>", "").strip());
            }
            rows.append(line).append('\n');
        }
        return rows.toString();
    }

    @Test
    void the_kpi_page_shows_fewer_than_5_and_withholds_what_would_give_it_away() throws Exception {
        String html = mvc.perform(get("/commissioner/kpis").param("footprint", String.valueOf(footprint.id()))
                        .with(SignedIn.as(commissioner)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(rows(html, "need-footprint-table")).isEqualTo("""
                Primary need|%s|Total
                %s|fewer than 5|fewer than 5
                %s|7|7
                %s|withheld|withheld
                Total|15|15
                """.formatted(footprint.name(), need("MLD"), need("SEMH"), need("ASD")));
        assertThat(html).contains("15 active plans; 100.0% name a mainstream school.")
                .contains("counts from 1 to 4 are shown as “fewer than 5”");
        assertThat(rows(html, "setting-type-table")).contains("|15\n");
        // active plans by need once more, beside requests, assessments and new plans (none in the period): the same
        // policy gives the same figures; all 15 name a school in the area, none one outside it
        assertThat(rows(html, "by-need-table")).contains(need("MLD") + "|0|0|0|fewer than 5\n",
                need("SEMH") + "|0|0|0|7\n", need("ASD") + "|0|0|0|withheld\n", "Total|0|0|0|15\n");
        assertThat(html).contains("15 of 15 (100.0%)");
        assertThat(rows(html, "area-chart-table").lines().skip(1).map(l -> l.substring(l.lastIndexOf('|') + 1)))
                .containsExactly("15", "0", "15");
    }

    /** A need's name as the page writes it. */
    private String need(String code) {
        return org.springframework.web.util.HtmlUtils.htmlEscape(messages.getMessage("need." + code, null, Locale.UK));
    }

    @Test
    void the_sen2_counts_follow_the_same_policy() {
        Map<String, String> values = new java.util.HashMap<>();
        for (Sen2Line line : Sen2Figures.publish(returns.forYear(returns.currentYear(), footprint.id()), text, Locale.UK)) {
            values.put(line.module() + "/" + line.item() + (line.code() == null ? "" : "/" + line.code()), line.value());
        }
        // Needs: 6 + 2 + 7 = 15 over every need code: 2 is fewer than 5, 6 is withheld with it, 7 and the noughts stay.
        assertThat(values).containsEntry("5a/activePlans", "15")
                .containsEntry("5c/activeByNeed/MLD", "fewer than 5")
                .containsEntry("5c/activeByNeed/ASD", "withheld")
                .containsEntry("5c/activeByNeed/SEMH", "7")
                .containsEntry("5c/activeByNeed/PD", "0")
                .containsEntry("5b/activeBySetting/MAINSTREAM_MAINTAINED", "15")
                .containsEntry("2/requests", "0")
                .containsEntry("4a/within20WeeksPercent", "");
    }
}
