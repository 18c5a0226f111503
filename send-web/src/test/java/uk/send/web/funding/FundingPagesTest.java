package uk.send.web.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import uk.send.domain.access.AccountService;
import uk.send.domain.access.AccountView;
import uk.send.domain.access.Role;
import uk.send.domain.testing.Fixtures;
import uk.send.funding.topup.FundingSettings;
import uk.send.funding.topup.TopUpFunding;
import uk.send.pathway.support.SupportPlans;
import uk.send.web.security.SignedIn;

/**
 * Top-up funding in the browser's steps, per page and per role: the SENCO applies from the reviewed cycle, the panel
 * sees the budget and the queue and decides (refused over budget, with the amount remaining), the school and the
 * parent see the decision, the commissioner sets budgets and bands; and every refusal — another footprint's panel,
 * another school, other roles.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FundingPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    AccountService accounts;
    @Autowired
    SupportPlans support;
    @Autowired
    TopUpFunding funding;
    @Autowired
    FundingSettings settings;
    @Autowired
    JdbcClient jdbc;

    FundingScenario s;
    RequestPostProcessor senco;
    RequestPostProcessor panel;
    RequestPostProcessor parent;
    RequestPostProcessor commissioner;

    @BeforeAll
    void a_footprint_with_ten_thousand_pounds_and_a_band_of_six_thousand() {
        s = new FundingScenario(fixtures, accounts, support, funding, settings, 1_000_000, 600_000);
        senco = as(s.senco.userId());
        panel = as(s.panel.userId());
        parent = as(s.parent.userId());
        commissioner = as(s.commissioner.userId());
    }

    RequestPostProcessor as(long userId) {
        return SignedIn.as(accounts.find(userId).orElseThrow());
    }

    static MockHttpServletRequestBuilder date(MockHttpServletRequestBuilder request, String prefix, LocalDate date) {
        return request.param(prefix + "Day", String.valueOf(date.getDayOfMonth()))
                .param(prefix + "Month", String.valueOf(date.getMonthValue()))
                .param(prefix + "Year", String.valueOf(date.getYear()));
    }

    long applyInTheBrowser(long plan) throws Exception {
        String location = mvc.perform(date(date(date(post("/school/plans/" + plan + "/top-up"), "start",
                        s.nextYear.firstDay()), "end", s.nextYear.lastDay()), "review", s.nextYear.lastDay().minusMonths(1))
                        .param("evidence", "Slow progress over a full cycle").param("bandId", String.valueOf(s.band))
                        .param("intendedUse", "One-to-one reading").with(senco).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/school/top-up/*"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    MockHttpServletRequestBuilder approve(long id) {
        return date(date(date(post("/panel/applications/" + id + "/decision"), "start", s.nextYear.firstDay()), "end",
                s.nextYear.lastDay()), "review", s.nextYear.lastDay()).param("decision", "APPROVE")
                .param("bandId", String.valueOf(s.band)).param("version", "0").with(panel).with(csrf());
    }

    @Test
    void a_senco_applies_the_panel_approves_within_budget_and_the_school_and_the_parent_see_the_decision() throws Exception {
        long plan = s.reviewedCycle(s.pupilParentOf, uk.send.pathway.support.NextStep.APPLY_FOR_TOP_UP);
        mvc.perform(get("/school/plans/" + plan).with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/plans/" + plan + "/top-up")));
        mvc.perform(get("/school/plans/" + plan + "/top-up").with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Apply for top-up funding")));
        mvc.perform(post("/school/plans/" + plan + "/top-up").param("evidence", "Kept").with(senco).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("Choose a band")))
                .andExpect(content().string(containsString("Kept")));
        long id = applyInTheBrowser(plan);
        mvc.perform(get("/school/top-up").with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/school/top-up/" + id)));

        mvc.perform(get("/panel").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/panel/applications/" + id)))
                .andExpect(content().string(containsString("Remaining")))
                .andExpect(content().string(containsString("/panel/awards")));
        mvc.perform(get("/panel/applications/" + id).with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("£10,000.00")))
                .andExpect(content().string(not(containsString("NHS"))));
        mvc.perform(approve(id)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/panel"));
        mvc.perform(get("/panel/decisions").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/panel/applications/" + id)));

        mvc.perform(get("/school/top-up/" + id).with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Approved")));
        mvc.perform(get("/parent").with(parent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/parent/top-up")));
        mvc.perform(get("/parent/top-up").with(parent)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Approved")))
                .andExpect(content().string(containsString(s.school.name())));
    }

    @Test
    void an_approval_over_the_remaining_budget_is_refused_on_the_page_with_the_amount_remaining() throws Exception {
        var small = new FundingScenario(fixtures, accounts, support, funding, settings, 1_000_000, 600_000);
        RequestPostProcessor smallPanel = as(small.panel.userId());
        long first = small.application(small.reviewedCycle());
        long second = small.application(small.reviewedCycle());
        funding.decide(small.panel, first, 0, new uk.send.funding.topup.PanelDecision.Approve(small.band,
                small.nextYear.firstDay(), small.nextYear.lastDay(), small.nextYear.lastDay()));

        mvc.perform(date(date(date(post("/panel/applications/" + second + "/decision"), "start", small.nextYear.firstDay()),
                        "end", small.nextYear.lastDay()), "review", small.nextYear.lastDay()).param("decision", "APPROVE")
                        .param("bandId", String.valueOf(small.band)).param("version", "0").with(smallPanel).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")))
                .andExpect(content().string(containsString("£4,000.00 remains")));
    }

    @Test
    void the_panel_declines_with_reasons_and_an_empty_reason_is_a_field_error() throws Exception {
        long id = s.application(s.reviewedCycle());
        mvc.perform(post("/panel/applications/" + id + "/decision").param("decision", "DECLINE").param("note", " ")
                        .param("version", "0").with(panel).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Enter the reasons for declining")));
        mvc.perform(post("/panel/applications/" + id + "/decision").param("decision", "DECLINE")
                        .param("note", "Progress is good").param("version", "0").with(panel).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/school/top-up/" + id).with(senco)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Progress is good")));
    }

    @Test
    void another_footprint_s_panel_and_another_school_s_senco_find_no_such_application() throws Exception {
        long id = s.application(s.reviewedCycle());
        var elsewhere = fixtures.footprint();
        AccountView otherPanel = fixtures.account(Role.PANEL, null, Set.of(elsewhere.id()));
        AccountView otherSenco = fixtures.account(Role.SENCO, fixtures.school(elsewhere).id(), Set.of());

        mvc.perform(get("/panel/applications/" + id).with(SignedIn.as(otherPanel))).andExpect(status().isNotFound());
        mvc.perform(get("/school/top-up/" + id).with(SignedIn.as(otherSenco))).andExpect(status().isNotFound());
        mvc.perform(get("/panel/applications/999999999").with(panel)).andExpect(status().isNotFound());
        mvc.perform(get("/panel").with(SignedIn.as(otherPanel))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/panel/applications/" + id + "\""))));
    }

    @Test
    void other_roles_are_refused_the_funding_pages() throws Exception {
        AccountView caseworker = fixtures.account(Role.CASEWORKER, null, Set.of(s.footprint.id()));
        mvc.perform(get("/panel").with(SignedIn.as(caseworker))).andExpect(status().isForbidden());
        mvc.perform(get("/commissioner/funding").with(panel)).andExpect(status().isForbidden());
        mvc.perform(get("/school/top-up").with(panel)).andExpect(status().isForbidden());
        mvc.perform(get("/parent/top-up").with(senco)).andExpect(status().isForbidden());
    }

    @Test
    void the_commissioner_sets_a_budget_and_a_band_and_the_panel_sees_the_new_budget() throws Exception {
        mvc.perform(get("/commissioner").with(commissioner)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/commissioner/funding")));
        mvc.perform(get("/commissioner/funding").with(commissioner)).andExpect(status().isOk())
                .andExpect(content().string(containsString(s.footprint.name())));
        String budget = "/commissioner/funding/budgets/" + s.footprint.id() + "/" + s.thisYear.startYear();
        mvc.perform(get(budget).with(commissioner)).andExpect(status().isOk());
        mvc.perform(post(budget).param("amount", "ten pounds").with(commissioner).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("govuk-error-summary")));
        mvc.perform(post(budget).param("amount", "£12,345.67").with(commissioner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/panel").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("£12,345.67")));

        mvc.perform(get("/commissioner/funding/bands/new").with(commissioner)).andExpect(status().isOk());
        String name = "Band " + Fixtures.next();
        mvc.perform(post("/commissioner/funding/bands/new").param("name", name).param("annualValue", "7500")
                        .param("active", "true").param("version", "0").with(commissioner).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/commissioner/funding/bands/new").param("name", name).param("annualValue", "7500")
                        .param("version", "0").with(commissioner).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("A band already has that name")));
        mvc.perform(get("/commissioner/funding").with(commissioner)).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("£7,500.00")));
        mvc.perform(get("/commissioner/funding?year=1999").with(commissioner)).andExpect(status().isNotFound());
    }

    @Test
    void the_panel_reviews_an_award_ending_soon_and_the_parent_sees_the_review() throws Exception {
        var family = new FundingScenario(fixtures, accounts, support, funding, settings, 1_000_000, 600_000);
        RequestPostProcessor panel = as(family.panel.userId());
        long id = family.application(family.reviewedCycle(family.pupilParentOf,
                uk.send.pathway.support.NextStep.APPLY_FOR_TOP_UP));
        funding.decide(family.panel, id, 0, new uk.send.funding.topup.PanelDecision.Approve(family.band,
                family.today.minusWeeks(4), family.today.plusWeeks(2), family.today.plusWeeks(1)));
        long award = funding.application(family.panel, id).awards().get(0).id();

        mvc.perform(get("/panel/awards").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/panel/awards/" + award)));
        mvc.perform(get("/panel/awards/" + award).with(panel)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Renew in the same band")));
        mvc.perform(post("/panel/awards/" + award + "/review").param("outcome", "END").param("version", "0")
                .with(panel).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/panel/awards").with(panel)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/panel/awards/" + award + "\""))));
        mvc.perform(get("/parent/top-up").with(as(family.parent.userId()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("review of the award")))
                .andExpect(content().string(containsString("Not renewed: on " + family.today.format(
                        java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)))));
    }

    @Test
    void the_panel_sees_its_footprint_s_money_and_sessions_as_charts_and_the_commissioner_every_footprint_side_by_side()
            throws Exception {
        String panelHome = mvc.perform(get("/panel").with(panel)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(panelHome).contains("id=\"money-" + s.footprint.id() + "-canvas\"",
                "id=\"money-" + s.footprint.id() + "-table\"", "id=\"sessions-" + s.footprint.id() + "-canvas\"",
                "Top-up and capital funding, " + s.footprint.name(), "Outreach sessions, " + s.footprint.name(),
                "/webjars/chart.js/", "chart.umd.min.js", "/js/charts.js");
        assertThat(panelHome.split("data-module=\"app-chart\"", -1)).hasSize(3);

        String commissionerHome = mvc.perform(get("/commissioner/funding").with(commissioner)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(commissionerHome).contains("id=\"top-up-chart-canvas\"", "id=\"capital-chart-canvas\"",
                "id=\"outreach-chart-canvas\"", "Top-up funding in each footprint", "&quot;" + s.footprint.name() + "&quot;",
                "/commissioner/funding.csv");
        assertThat(commissionerHome.split("data-module=\"app-chart\"", -1)).hasSize(4);
    }
}
